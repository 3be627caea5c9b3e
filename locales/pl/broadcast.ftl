# Wysyłki zbiorcze: kreator /broadcast, postęp i raporty. Widoczne tylko dla osób wysyłających,
# z wyjątkiem etykiet przycisków, które każdy odbiorca dostaje w swoim języku.

broadcast-button-more = Dowiedz się więcej
broadcast-button-open = Otwórz
broadcast-button-shop = Do sklepu
broadcast-button-join = Dołącz
