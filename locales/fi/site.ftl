# The site's own texts, beside the theme's: the organisation in every page's footer.
footer-organisation = Ihmiskaupan uhrien auttamisjärjestelmä
footer-address =
    PL 1000
    00531 Helsinki
footer-contact =
    Neuvontapuhelin +358 29 000 7000 (ympäri vuorokauden)
    Kirjaamo kirjaamo@example.org
