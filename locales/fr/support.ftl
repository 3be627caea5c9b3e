# Support : les demandes d’un influenceur à l’équipe du programme (/support, /tickets, /reply).
# Une « demande » est une question posée à une personne ; seule l’équipe voit les messages « support-desk-* ».

command-support = Poser une question à notre équipe
discord-command-support = assistance
support-ask = Quelle est votre question ? Décrivez-la en un seul message ; une personne de notre équipe vous répondra ici.
    .salecheck = Vérifier une vente non comptabilisée
support-opened = Merci. Votre question est enregistrée sous la demande n° { $number } ; une personne de notre équipe vous répondra ici. Tout ce que vous écrirez maintenant y sera ajouté.
support-already-open = Votre demande n° { $number } est toujours ouverte : écrivez simplement ici, vos messages y seront ajoutés. Envoyez /close lorsque vous n’en avez plus besoin.
support-added = Ajouté à la demande n° { $number }.
support-reply =
    Réponse de notre équipe (demande n° { $number }) :

    { $text }
support-closed = La demande n° { $number } est close. Notre aide vous a-t-elle été utile ? Merci de noter la réponse de 1 à 5.
support-closed-self = La demande n° { $number } est close. Notre aide vous a-t-elle été utile ? Merci de noter la réponse de 1 à 5.
support-rate-choice =
    { $stars ->
        [one] { $stars } étoile
        [many] { $stars } étoiles
       *[other] { $stars } étoiles
    }
support-reopen-choice = Rouvrir
support-rated = Merci pour votre note ({ $stars } sur 5).
support-rate-once = Cette demande a déjà été notée ou a été rouverte.
support-reopened = La demande n° { $number } est rouverte : écrivez votre message ici.
support-none-open = Vous n’avez aucune demande ouverte. Envoyez /support pour poser une question à notre équipe.

# L’équipe, dans le chat et en ligne de commande.
support-state =
    { $state ->
        [open] en attente de l’équipe
        [waiting] en attente de l’influenceur
       *[closed] close
    }
support-list-empty = Aucune demande ouverte.
support-list =
    { $count ->
        [one] { $count } demande ouverte, de la plus ancienne à la plus récente :
        [many] { $count } demandes ouvertes, de la plus ancienne à la plus récente :
       *[other] { $count } demandes ouvertes, de la plus ancienne à la plus récente :
    }
    { $tickets }

    /tickets N affiche une demande, /reply N texte y répond, /close N la clôt.
support-list-item = n° { $number } · { $state } · { $locale } · { $channel } · { $subject }
support-show =
    { $ticket }

    { $messages }
support-show-message = { $who } : { $text }
support-author =
    { $direction ->
        [in] Influenceur
       *[out] Équipe ({ $author })
    }
support-media =
    { $media ->
        [photo] [photo]
        [document] [document]
       *[other] [sans texte]
    }
support-no-ticket = La demande n° { $number } n’existe pas.
support-reply-usage =
    Pour répondre à une demande, envoyez /reply avec son numéro et votre texte, par exemple :
    /reply 12 Votre vente sera confirmée à la fin de la période de rétention.
support-reply-sent = Envoyé à l’influenceur de la demande n° { $number }.
support-ticket-closed = La demande n° { $number } est close ; l’influenceur peut la rouvrir.
support-closed-staff = La demande n° { $number } est close ; l’influenceur est invité à noter la réponse.
staff-support-summary =
    Support : { $open ->
        [one] { $open } demande ouverte
        [many] { $open } demandes ouvertes
       *[other] { $open } demandes ouvertes
    } ; délai médian de première réponse sur les 30 derniers jours : { $median }.
    /tickets — demandes ouvertes ; /reply N texte — y répondre ; /close N — la clore
staff-support-no-median = pas encore de réponse
staff-support-minutes =
    { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    }

# Le poste de l’équipe (un sujet de forum Telegram, un fil privé Discord).
support-desk-topic = n° { $number } · { $locale } · { $country }
support-card =
    Demande n° { $number } · { $state }
    { $name } · { $account }
    Candidature : { $status } · niveau { $tier }
    Pays : { $country } · langue : { $locale }
    Comptes : { $channels }
    Solde : { $balance }
    Dernières commandes : { $orders }
    Demandes de versement en cours : { $payouts }
    Demandes d’assistance précédentes : { $earlier }

    Répondez dans ce sujet ; /close clôt la demande.
support-card-none = aucune
support-desk-user-text = Influenceur : { $text }
support-desk-reopened = L’influenceur a rouvert la demande.
support-desk-closed-by-user = L’influenceur a clos la demande.
support-desk-closed = Demande close par { $actor } ; l’influenceur est invité à noter la réponse.
support-desk-rated = L’influenceur a noté la réponse { $rating } sur 5.
support-desk-denied = Non envoyé : répondre aux demandes nécessite le rôle « support ».
support-desk-blocked = Non remis : l’influenceur a bloqué le bot.
support-desk-not-ticket = Ce sujet n’est pas une demande ouverte ; rien n’a été envoyé.

# Discord : le poste de l’équipe est un salon d’un serveur de l’équipe (/setup support), un fil privé par demande.
setup-support-done = C’est fait : chaque nouvelle demande d’assistance aura un fil privé dans { $channel }, avec la fiche de l’influenceur. L’équipe y répond avec /reply.
discord-command-setup-support = Choisir le salon où les demandes d’assistance ont leurs fils
discord-option-support-channel = Le salon de l’équipe pour les fils des demandes
discord-command-reply = repondre
command-reply = Répondre à la demande de ce fil
discord-option-reply-text = Votre réponse, telle que l’influenceur la lira
discord-option-support-question = Votre question, en un seul message

# Abus : limites de fréquence et blocage (/block, /unblock : équipe d’assistance).
abuse-slow-down =
    { $seconds ->
        [one] Vous envoyez des messages trop vite. Veuillez patienter { $seconds } seconde et réessayer.
        [many] Vous envoyez des messages trop vite. Veuillez patienter { $seconds } secondes et réessayer.
       *[other] Vous envoyez des messages trop vite. Veuillez patienter { $seconds } secondes et réessayer.
    }
abuse-blocked = Votre accès à ce bot a été suspendu. Si vous pensez qu’il s’agit d’une erreur, écrivez à { $contact }.
abuse-block-usage =
    Pour bloquer quelqu’un, envoyez /block avec le compte et, si vous le souhaitez, la raison, par exemple :
    /block telegram:123456789 spam dans les commentaires
abuse-unblock-usage =
    Pour débloquer quelqu’un, envoyez /unblock avec le compte, par exemple :
    /unblock telegram:123456789
abuse-unknown-account = Personne n’a écrit au bot depuis le compte { $account }.
abuse-not-yourself = Vous ne pouvez pas vous bloquer vous-même.
abuse-already-blocked = { $account } est déjà bloqué ; rien n’a changé.
abuse-not-blocked = { $account } n’est pas bloqué ; rien n’a changé.
abuse-blocked-done =
    { $tickets ->
        [0] C’est fait : { $account } est bloqué. Ses messages sont ignorés et les diffusions ne lui sont plus envoyées.
        [one] C’est fait : { $account } est bloqué et { $tickets } demande ouverte a été close. Ses messages sont ignorés et les diffusions ne lui sont plus envoyées.
        [many] C’est fait : { $account } est bloqué et { $tickets } demandes ouvertes ont été closes. Ses messages sont ignorés et les diffusions ne lui sont plus envoyées.
       *[other] C’est fait : { $account } est bloqué et { $tickets } demandes ouvertes ont été closes. Ses messages sont ignorés et les diffusions ne lui sont plus envoyées.
    }
abuse-unblocked-done = C’est fait : { $account } est débloqué et peut de nouveau utiliser le bot.
