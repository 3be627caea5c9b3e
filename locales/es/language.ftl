# Los nombres de los idiomas se escriben en su propio idioma, para que cada persona encuentre el suyo.

language-name-en = English
language-name-ru = Русский
language-name-fr = Français
language-name-es = Español
language-name-pl = Polski

language-choose = ¿En qué idioma prefiere que le escriba?
language-set = A partir de ahora le escribiré en español.
