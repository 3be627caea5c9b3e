### Comment le bot reconnaît les questions sur les gains écrites avec les mots de chacun
### (« combien j’ai gagné en octobre ? », « qu’est-ce qui est en attente ? »). Personne ne voit
### ces lignes : chaque message est une liste de mots et d’expressions séparés par des virgules.
### Ajoutez les façons dont on pose vraiment la question, y compris familières.
###   - Majuscules et accents sont sans importance : « gagne » trouve « gagné ».
###   - Un mot terminé par * vaut pour tous les mots qui commencent ainsi : gagn* = gagné, gagner, gains.
###   - # représente un nombre : « # derniers jours ».
###   - Les mots d’une expression doivent se suivre tels qu’écrits ; l’expression la plus longue l’emporte.
### Les exemples que le bot doit comprendre sont dans tests/earnings/test_questions.py.

## De quoi parle le message

# Mots qui, à eux seuls, font d’un message une question sur les gains.
earnings-phrases-about = gains, gain, revenu, revenus, commission*, comission*, statistique*, stats, chiffre d affaires, bilan, benef*
# Mots sur les gains qui demandent un mot interrogatif ou une période à côté (« qu’ai-je touché aujourd’hui ? »).
earnings-phrases-earn = gagn*, gagn, touch*, encaiss*, command*, vente*, vendu*, argent, sous, ai fait, j ai fait, rapport*, thune, tune, fric
# Mots interrogatifs.
earnings-phrases-ask = quel, quelle, quels, quelles, qu, quoi, montre*, affiche*, dis moi, voir, est ce que, j ai
# Demander un montant : avec une période, cela suffit (« combien hier ? »).
earnings-phrases-how-much = combien, cmb, cb, combiens, combein
# Le solde seul (« quel est mon solde ? ») : en attente, confirmé, versé — pas une période.
earnings-phrases-balance = solde, mon solde
# Les clics sur les liens.
earnings-phrases-clicks = clic, clics, click*, cliqu*, visite*
# Demander pourquoi (« pourquoi ma commande a été annulée ? »).
earnings-phrases-why = pourquoi, pk, pq, pkoi, prq, pour quelle raison, quelle raison, raison
# Les commandes que la boutique a annulées ou remboursées.
earnings-phrases-cancelled = annul*, rembours*, retourn*
# Ce qui attend encore une confirmation.
earnings-phrases-pending = en attente, attente, pas encore confirm*, non confirm*, bloqu*, en suspens, a confirmer, en cours de validation, en validation, pas encore valid*, non valid*, a valider
# Être payé.
earnings-phrases-payout = paiement*, paye, payee, payes, payer, paie, paiera, versement*, verse, versera, virement*, vire, virer, retrait*, retirer
# « Quand » (avec un mot sur le paiement ou les gains : « quand serai-je payé ? »).
earnings-phrases-when = quand, qd, kan, quant, dans combien de temps, a quelle date, quelle date, quel jour, prochain versement, prochain paiement

## Périodes

earnings-phrases-today = aujourd hui, aujourdhui, aujourd, auj, ajd, aujd, ce jour
earnings-phrases-yesterday = hier, hiers
# La semaine commence le lundi.
earnings-phrases-this-week = cette semaine, semaine en cours, cette sem
earnings-phrases-last-week = la semaine derniere, semaine derniere, semaine passee, semaine precedente, sem derniere
# « Ces 7 derniers jours » : la semaine écoulée.
earnings-phrases-past-week = la semaine ecoulee, semaine ecoulee
earnings-phrases-last-days = # derniers jours, # dernier jour, derniers # jours, ces # derniers jours, les # derniers jours
earnings-phrases-this-month = ce mois, ce mois ci, mois en cours, depuis le debut du mois, depuis debut du mois, depuis le debut de ce mois
earnings-phrases-last-month = le mois dernier, mois dernier, mois passe, mois precedent
# « Le mois écoulé » : les 30 derniers jours.
earnings-phrases-past-month = le mois ecoule, mois ecoule
earnings-phrases-this-year = cette annee, annee en cours, depuis le debut de l annee, depuis debut d annee, depuis le debut d annee
earnings-phrases-last-year = l annee derniere, annee derniere, annee passee, l an dernier, an dernier, l an passe
earnings-phrases-all-time = au total, en tout, jusqu a present, jusqu ici, depuis toujours, depuis mon inscription, a ce jour, depuis que j ai commence
# Devant une date ou une période : depuis ce moment jusqu’à aujourd’hui (« depuis le 3 octobre », « depuis hier »).
earnings-phrases-since = depuis, a partir du, a partir de, a partir d, a compter du, a compter de
# Devant une date : depuis ce jour. Devant une période, ne change rien.
earnings-phrases-from = des le
# « Depuis le début » : depuis toujours ; devant une date, depuis son premier jour (« depuis le début de mars »).
earnings-phrases-since-start = depuis le debut, depuis le depart, depuis le commencement
# « Début » entre « depuis » et une date (« depuis début mars »).
earnings-phrases-start-of = debut, le debut, debut de, debut d, le debut de, le debut d
# « Premier » comme jour du mois (« depuis le premier octobre »).
earnings-phrases-first-day = premier, 1er
# Périodes auxquelles le bot ne sait pas répondre, et mots qui écourtent une période ou en excluent
# une partie (« jusqu’à », « sauf aujourd’hui ») : il propose alors des exemples plutôt que de deviner.
earnings-phrases-other-periods = jour, jours, journee, semaine, semaines, mois, an, ans, annee, annees, trimestre*, week end, weekend, lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche, noel, vacances, hiver, printemps, automne, matin, soir*, nuit, heure*, il y a, entre, jusqu, avant, apres, demain, sauf, hors, excepte, a part, sans, en dehors

## Dates

# Les mois, sous toutes les formes écrites.
earnings-phrases-month-1 = janvier, janv
earnings-phrases-month-2 = fevrier, fevr, fev
earnings-phrases-month-3 = mars
earnings-phrases-month-4 = avril, avr
earnings-phrases-month-5 = mai
earnings-phrases-month-6 = juin
earnings-phrases-month-7 = juillet, juil
earnings-phrases-month-8 = aout
earnings-phrases-month-9 = septembre, sept
earnings-phrases-month-10 = octobre, oct
earnings-phrases-month-11 = novembre, nov
earnings-phrases-month-12 = decembre, dec
# Mots écrits à côté d’une année (« l’année 2025 »).
earnings-phrases-year-words = annee, l annee, an
# Mots à côté d’un mois (« au mois d’octobre ») ; seuls, ils ne nomment aucun mois.
earnings-phrases-month-words = mois, le mois, au mois
# Petits mots à l’intérieur d’une date (« le 1er octobre »).
earnings-phrases-date-words = le, du, de, d

## Relances

# Les seuls mots qui peuvent accompagner une période dite seule, pour relancer après une réponse
# (« et hier ? », « et en septembre ? »). Rien que de petits mots : « ça va aujourd’hui ? » n’est pas une question.
earnings-phrases-follow-up = et, en, pour, et pour, au, alors, aussi, maintenant, et pour ce qui est de, s il vous plait, svp, bonjour, salut, coucou, merci, stp
