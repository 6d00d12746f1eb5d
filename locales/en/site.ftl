# The site's own texts, beside the theme's: the organisation in every page's footer.
footer-organisation = Assistance System for Victims of Human Trafficking
footer-address =
    P.O. Box 1000
    FI-00531 Helsinki, Finland
footer-contact =
    Helpline +358 29 000 7000 (24 hours a day)
    Registry Office registry@example.org
