# Language names are written in their own language, so everyone can find theirs.

language-name-en = English
language-name-ru = Русский
language-name-fr = Français
language-name-es = Español
language-name-pl = Polski

language-choose = Which language would you like me to use?
language-set = From now on I will write to you in English.
