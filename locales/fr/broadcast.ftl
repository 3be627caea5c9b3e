# Diffusions : l’assistant /broadcast, la progression et les bilans. Réservé aux personnes qui
# diffusent, sauf les libellés des boutons, que chaque destinataire reçoit dans sa langue.

broadcast-button-more = En savoir plus
broadcast-button-open = Ouvrir
broadcast-button-shop = Acheter
broadcast-button-join = Rejoindre
