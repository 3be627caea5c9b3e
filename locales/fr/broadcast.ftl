# Diffusions : l’assistant /broadcast, la progression et les bilans. Réservé aux personnes qui
# diffusent, sauf les libellés des boutons, que chaque destinataire voit dans sa langue.

broadcast-button-more = En savoir plus
broadcast-button-open = Ouvrir
broadcast-button-shop = Acheter
broadcast-button-join = Rejoindre

broadcast-usage =
    /broadcast — rédiger une nouvelle diffusion
    /broadcast status — les diffusions en cours
    /broadcast cancel — en arrêter une
broadcast-no-platform = Les diffusions passent par Telegram et Discord, et aucune de ces plateformes n’est encore reliée au bot.

## 1. Le texte, langue par langue

broadcast-language = Préparons une diffusion. Dans quelle langue est votre premier texte ? Vous pourrez ajouter des textes dans d’autres langues ensuite.
broadcast-language-more = J’ai le texte en : { $written }. Ajoutez un texte dans une autre langue, ou continuez.
    .done = Continuer
broadcast-text =
    Envoyez le texte ({ $language }) exactement tel que les destinataires doivent le voir (4 096 caractères au plus ; les retours à la ligne sont conservés).
broadcast-fallbacks =
    Parmi les autres langues, lesquelles doivent recevoir le texte ({ $language }) ? Touchez pour sélectionner, puis continuez. Les personnes qui parlent une langue non sélectionnée ne recevront pas cette diffusion.
    .continue = Continuer

## 2. Un bouton, si vous le souhaitez

broadcast-button = Le message doit-il avoir un bouton qui ouvre un lien ? Son libellé s’affiche dans la langue de chaque lecteur.
    .none = Pas de bouton
broadcast-url = Envoyez l’adresse que le bouton doit ouvrir (commençant par https://).

## 3. Les destinataires

broadcast-segment =
    Qui doit la recevoir ?
    Langues : { $languages }
    Pays : { $countries }
    Plateformes : { $platforms }
    Statut de la candidature : { $statuses }
    Niveaux : { $tiers }
    Canaux : { $channels }
    Inscription : { $registered }
    Dernière activité : { $active }

    Touchez une ligne pour la préciser, ou comptez les destinataires.
    .languages = Langues
    .countries = Pays
    .platforms = Plateformes
    .statuses = Statut
    .tiers = Niveaux
    .channels = Canaux
    .registered_since = Inscription
    .active_since = Dernière activité
    .count = Compter les destinataires
broadcast-segment-any = sans restriction
broadcast-segment-since = depuis le { $date }
broadcast-segment-languages = les langues
broadcast-segment-countries = les pays
broadcast-segment-platforms = les plateformes
broadcast-segment-statuses = les statuts de candidature
broadcast-segment-tiers = les niveaux
broadcast-segment-channels = les canaux
broadcast-choose =
    Choisissez { $what } à inclure (touchez de nouveau pour retirer). Si rien n’est sélectionné, personne n’est exclu.
    .back = Retour
broadcast-applicant-approved = Acceptée
broadcast-applicant-pending = En cours d’examen
broadcast-applicant-rejected = Non retenue
broadcast-applicant-suspended = Suspendue
broadcast-applicant-none = Pas de candidature
broadcast-registered-since = Seulement les personnes inscrites depuis une date ? Envoyez la date (par exemple 2026-10-01) ou un nombre de jours (30 pour les 30 derniers jours).
broadcast-active-since = Seulement les personnes actives depuis une date ? Envoyez la date (par exemple 2026-10-01) ou un nombre de jours (7 pour les 7 derniers jours).
broadcast-since-invalid = Veuillez envoyer une date comme 2026-10-01 ou un nombre de jours comme 30.
broadcast-since-future = Cette date n’est pas encore passée. Veuillez envoyer une date passée.

## 4. Compte, aperçu, confirmation

broadcast-nobody = Personne ne correspond à ces critères. Veuillez les élargir.
broadcast-audience =
    { $people ->
        [one] Elle atteindra { $people } personne sur Telegram
        [many] Elle atteindra { $people } de personnes sur Telegram
       *[other] Elle atteindra { $people } personnes sur Telegram
    }{ $channels ->
        [0] .
        [one] {" "}et { $channels } salon d’annonces Discord.
        [many] {" "}et { $channels } de salons d’annonces Discord.
       *[other] {" "}et { $channels } salons d’annonces Discord.
    }{ $blocked ->
        [0] {""}
        [one] {" "}{ $blocked } autre personne correspond, mais a bloqué le bot : elle sera ignorée.
        [many] {" "}{ $blocked } d’autres personnes correspondent, mais ont bloqué le bot : elles seront ignorées.
       *[other] {" "}{ $blocked } autres personnes correspondent, mais ont bloqué le bot : elles seront ignorées.
    }

    Voici ce qu’elles verront :
broadcast-preview =
    { BLANK($button) ->
        [yes] Pour : { $languages }

            { $text }
       *[no] Pour : { $languages }

            { $text }

            Bouton : « { $button } »
    }
broadcast-confirm = L’envoyer ?
    .now = Envoyer maintenant
    .schedule = Envoyer plus tard
    .edit = Modifier les destinataires
    .drop = Abandonner
broadcast-when = Quand doit-elle partir ? Envoyez la date et l’heure en UTC, par exemple 2026-12-01 18:00.
broadcast-when-invalid = Veuillez envoyer une date et une heure en UTC, par exemple 2026-12-01 18:00.
broadcast-when-past = Cette heure est déjà passée. Veuillez envoyer une heure à venir (UTC).
broadcast-dropped = La diffusion a été abandonnée ; rien n’a été envoyé.
broadcast-scheduled = La diffusion n° { $id } est programmée pour le { DATETIME($when, dateStyle: "long", timeStyle: "short") } UTC. Envoyez /broadcast cancel pour l’annuler.
broadcast-started =
    { $followed ->
        [yes] La diffusion n° { $id } est en route. Je vous tiendrai au courant ici et vous enverrai un bilan à la fin. Envoyez /broadcast cancel pour l’arrêter.
       *[other] La diffusion n° { $id } est en route. Envoyez /broadcast status pour la suivre, ou /broadcast cancel pour l’arrêter.
    }

## Suivi et annulation

broadcast-status-none = Aucune diffusion n’est programmée ni en cours d’envoi.
broadcast-status-line =
    N° { $id } ({ $state ->
        [scheduled] programmée pour le { DATETIME($when, dateStyle: "long", timeStyle: "short") } UTC
       *[running] en cours d’envoi
    }) : { $sent ->
        [one] { $sent } envoyé
        [many] { $sent } envoyés
       *[other] { $sent } envoyés
    }, { $remaining ->
        [one] { $remaining } restant
        [many] { $remaining } restants
       *[other] { $remaining } restants
    }.
broadcast-cancel-none = Aucune diffusion n’est programmée ni en cours d’envoi : il n’y a rien à annuler.
broadcast-cancel = Quelle diffusion dois-je arrêter ? Les messages déjà en route arriveront quand même.
    .one = Arrêter la n° { $id }
    .keep = Tout garder
broadcast-cancel-kept = Rien n’a changé.
broadcast-cancel-too-late = La diffusion n° { $id } est déjà terminée ou annulée.
broadcast-cancelled =
    { $running ->
        [yes] La diffusion n° { $id } est arrêtée. Les messages déjà en route arriveront ; vous recevrez le bilan sous peu.
       *[other] La diffusion n° { $id } est annulée ; rien n’a été envoyé.
    }

## Progression et bilan final (modifié sur place, puis envoyé)

broadcast-progress =
    Diffusion n° { $id } en cours d’envoi.
    Envoyés : { $sent } · Échecs : { $failed } · Bot bloqué : { $blocked } · Restants : { $remaining }
    Temps restant : environ { $eta }
broadcast-report-done =
    La diffusion n° { $id } est terminée ({ $took }).
    Envoyés : { $sent } sur { $total }
    Échecs : { $failed }
    Ont bloqué le bot : { $blocked }
    Ignorés (avaient déjà bloqué le bot) : { $skipped }
    Sort inconnu (envoi interrompu) : { $unknown }
broadcast-report-cancelled =
    La diffusion n° { $id } a été annulée ({ $took }).
    Envoyés : { $sent } sur { $total }
    Non envoyés à cause de l’annulation : { $cancelled }
    Échecs : { $failed }
    Ont bloqué le bot : { $blocked }
    Ignorés (avaient déjà bloqué le bot) : { $skipped }
    Sort inconnu (envoi interrompu) : { $unknown }
