# Les noms de langues sont écrits dans leur propre langue, pour que chacun trouve la sienne.

language-name-en = English
language-name-ru = Русский
language-name-fr = Français
language-name-es = Español
language-name-pl = Polski

language-choose = Dans quelle langue souhaitez-vous que je vous écrive ?
language-set = Désormais, je vous écrirai en français.
