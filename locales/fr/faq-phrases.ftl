### Comment le bot reconnaît une question sur l’un des sujets de /faq, écrite avec ses propres mots.
### Personne ne voit ces lignes : chaque message est une liste de mots et d’expressions, séparés par des virgules.
###   - Majuscules et accents ne comptent pas ; un mot terminé par * vaut pour tous les mots qui
###     commencent ainsi (cookie* = cookie, cookies).
###   - Les mots d’une expression doivent se suivre comme écrit ; l’expression la plus longue l’emporte.
###   - Restez précis : un mot courant isolé prendrait une simple conversation pour une question.
###     Les questions sur ses propres gains passent d’abord par earnings-phrases.ftl.
### Les exemples que chaque langue doit comprendre sont dans tests/support_desk/test_faq.py.

faq-phrases-programme = comment ca marche, comment ça fonctionne, comment fonctionne le programme, comment marche le programme, c est quoi ce programme, c est quoi le programme, qu est ce que ce programme, quel est ce programme, c est quoi ce bot, comment commencer, par ou commencer, comment debuter, comment rejoindre, comment participer, comment devenir partenaire, comment devenir influenceur, expliquez le programme, que dois je faire
faq-phrases-commission = taux, pourcentage*, niveau*, palier*, kol, combien vous payez, combien payez vous
faq-phrases-attribution = cookie*, attribution, attribue*, pas comptabilise*, pas ete comptabilise*, pas pris en compte, pas ete pris en compte, pris en compte, pas suivi*, pas enregistre*, suivi des ventes, autre appareil, autre telephone, vente disparue, vente manquante, commande manquante, ne vois pas ma vente, ne vois pas la vente
faq-phrases-holding = periode de retention, delai de retention, retention, periode d attente, pourquoi en attente, pourquoi toujours en attente, pas encore confirme*, pas confirme*, quand confirme*, quand sera confirme*, quand est ce confirme, delai de confirmation, delai de retour
faq-phrases-payouts = versement minimum, paiement minimum, retrait minimum, montant minimum, seuil de paiement, seuil minimum, comment etre paye, comment retirer, comment encaisser, moyen* de paiement, mode* de paiement, paypal, iban, virement
faq-phrases-disclosure = mention publicit*, mentionner la publicit*, signaler la publicit*, signaler comme publicit*, indiquer la publicit*, indiquer que c est de la pub, collaboration commerciale, partenariat remunere, marquer comme pub*, hashtag pub, mention pub, mention legale*
faq-phrases-content = quel contenu, quels contenus, quel type de contenu, que puis je publier, qu est ce que je peux publier, est ce que je peux publier, ai je le droit, est ce autorise, est ce permis, contenu autorise, contenus autorises, regles de contenu, interdit*, spam
faq-phrases-contact = parler a quelqu un, parler a une personne, parler a un humain, une vraie personne, un humain, contacter le support, contacter l assistance, contacter l equipe, vous contacter, joindre le support, service client, conseiller, assistance
