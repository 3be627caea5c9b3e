# Названия языков пишутся на самих этих языках, чтобы каждый мог найти свой.

language-name-en = English
language-name-ru = Русский
language-name-fr = Français
language-name-es = Español
language-name-pl = Polski

language-choose = На каком языке вам удобнее общаться?
language-set = Теперь я буду писать вам по-русски.
