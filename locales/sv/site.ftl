# The site's own texts, beside the theme's: the organisation in every page's footer.
footer-organisation = Hjälpsystemet för offer för människohandel
footer-address =
    PB 1000
    00531 Helsingfors
footer-contact =
    Rådgivningstelefon +358 29 000 7000 (dygnet runt)
    Registratorskontoret registrator@example.org
