# Nazwy języków są zapisane w tych właśnie językach, aby każdy łatwo znalazł swój.

language-name-en = English
language-name-ru = Русский
language-name-fr = Français
language-name-es = Español
language-name-pl = Polski

language-choose = W jakim języku prowadzić rozmowę?
language-set = Od teraz będę pisać po polsku.
