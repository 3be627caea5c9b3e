# Liens de suivi : /link, /links et la mention qu’exige une publication publicitaire.

links-not-registered = Vous ne participez pas encore au programme. Envoyez /start pour poser votre candidature ; une fois celle-ci acceptée, vous pourrez créer vos liens ici.
links-not-approved-pending = Votre candidature est encore en cours d’examen. Vous pourrez créer des liens dès qu’elle sera acceptée ; je vous préviendrai.
links-not-approved-rejected = Les liens sont réservés aux membres acceptés du programme, et votre candidature n’a pas été retenue.
links-not-approved-suspended = Votre participation est suspendue : vous ne pouvez pas créer de nouveaux liens pour le moment.
links-no-campaigns = Aucune campagne n’est ouverte pour votre pays en ce moment. Je vous préviendrai dès qu’une campagne commencera.
links-choose = { BLANK($domains) ->
        [yes] Pour quelle campagne voulez-vous un lien ? Choisissez ci-dessous.
       *[no] Pour quelle campagne voulez-vous un lien ? Choisissez ci-dessous ou collez le lien d’une page produit sur { $domains }.
    }
links-created =
    Votre lien pour { $campaign } :
    { $url }

    Placez cette mention au début de votre publication :
    { $disclosure }
links-disclosure = Publicité — collaboration commerciale avec { $advertiser }
links-none = Vous n’avez encore aucun lien. Envoyez /link pour en créer un.
links-list =
    { $count ->
        [one] Votre lien le plus récent :
        [many] Vos { $count } liens les plus récents :
       *[other] Vos { $count } liens les plus récents :
    }
links-item =
    { $labelled ->
        [yes] { $label } — { $campaign } : { $url }
       *[other] { $campaign } : { $url }
    }
    Mène vers : { $destination }
    { $clicks ->
        [one] { $clicks } clic
        [many] { $clicks } clics
       *[other] { $clicks } clics
    }, { $orders ->
        [one] { $orders } commande
        [many] { $orders } commandes
       *[other] { $orders } commandes
    }, commission : { $commission }
    .label = Nommer ce lien
links-to-campaign = la page de la campagne
links-which-campaign = Cette page fait partie de plusieurs campagnes. Pour laquelle le lien doit-il compter ?
links-existing =
    Vous avez déjà un lien vers cette page pour { $campaign } :
    { $url }

    Placez cette mention au début de votre publication :
    { $disclosure }
links-disclosure-registered = Publicité. Annonceur : { $advertiser }, INN { $inn }{ $erid ->
        [none] { "" }
       *[other] . erid : { $erid }
    }
links-label-ask = Envoyez un nom pour ce lien, 40 caractères au plus (par exemple l’endroit où vous l’avez publié), pour distinguer vos liens dans /links.
    .clear = Retirer le nom
links-label-saved = Nom enregistré : « { $label } ». Il apparaîtra dans /links.
links-label-cleared = Le nom a été retiré.
command-link = Créer un lien de suivi
command-links = Vos liens et leurs résultats
discord-command-link = lien
discord-command-links = liens

## /invite : recruter d’autres créateurs.

invite-link =
    Votre lien d’invitation personnel :
    { $link }

    Les créateurs qui postulent par ce lien vous sont attribués. { $registered ->
        [one] { $registered } inscription
        [many] { $registered } inscriptions
       *[other] { $registered } inscriptions
    } à ce jour, dont { $approved ->
        [one] { $approved } acceptée
        [many] { $approved } acceptées
       *[other] { $approved } acceptées
    }.{ $bonus ->
        [yes] { " " }Lorsqu’une personne que vous avez invitée réalise sa première vente confirmée, vous recevez une prime.
       *[other] { "" }
    }
invite-code =
    Votre code d’invitation personnel : { $code }
    Les créateurs le saisissent avec /start lorsqu’ils postulent. { $registered ->
        [one] { $registered } inscription
        [many] { $registered } inscriptions
       *[other] { $registered } inscriptions
    } à ce jour, dont { $approved ->
        [one] { $approved } acceptée
        [many] { $approved } acceptées
       *[other] { $approved } acceptées
    }.{ $bonus ->
        [yes] { " " }Lorsqu’une personne que vous avez invitée réalise sa première vente confirmée, vous recevez une prime.
       *[other] { "" }
    }
command-invite = Inviter d’autres créateurs
discord-command-invite = inviter

## Notifications de ventes.

sale-new = Nouvelle vente : +{ $amount } de commission, en attente jusqu’au { $until }.
sale-new-confirmed = Nouvelle vente : +{ $amount } de commission, déjà confirmée.
