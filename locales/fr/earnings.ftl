# Gains : /earnings, ses boutons et les réponses aux questions du type « combien j’ai gagné en octobre ? ».
# Les montants sont donnés par devise : des devises différentes ne sont jamais additionnées.

earnings-not-registered = Vous ne faites pas encore partie du programme. Envoyez /start pour postuler ; une fois votre candidature acceptée et vos premières ventes réalisées, vos gains s’afficheront ici.
earnings-not-approved-pending = Votre candidature est encore en cours d’examen. Une fois qu’elle sera acceptée, créez un lien avec /link : vos gains s’afficheront ici.
earnings-not-approved-rejected = Les gains sont réservés aux membres acceptés du programme, et votre candidature n’a pas été retenue.
earnings-no-links = Vous n’avez pas encore de lien. Créez-en un avec /link : chaque clic et chaque vente qui passent par lui s’afficheront ici.
earnings-no-sales =
    Pas encore de vente. { $clicks ->
        [0] Personne n’a encore cliqué sur vos liens ce mois-ci.
        [one] Vos liens ont reçu { $clicks } clic ce mois-ci.
        [many] Vos liens ont reçu { $clicks } clics ce mois-ci.
       *[other] Vos liens ont reçu { $clicks } clics ce mois-ci.
    }
    Partagez vos liens (voir /links) avec votre communauté : votre commission s’affichera ici dès la première commande.

# $period est earnings-period ; $sections sont les parties ci-dessous, l’une après l’autre.
earnings-report =
    Gains — { $period }

    { $sections }
earnings-period =
    { $kind ->
        [today] aujourd’hui, { $range }
        [yesterday] hier, { $range }
        [this_week] cette semaine, { $range }
        [last_week] la semaine dernière, { $range }
        [last_days] { $days ->
            [one] le dernier jour, { $range }
            [many] les { $days } derniers jours, { $range }
           *[other] les { $days } derniers jours, { $range }
        }
        [this_month] ce mois-ci, { $range }
        [last_month] le mois dernier, { $range }
        [this_year] cette année, { $range }
        [last_year] l’année dernière, { $range }
        [since] depuis le { $range }
        [all] depuis le début
       *[other] { $range }
    }
earnings-amount = { $total } gagnés : { $pending } en attente, { $confirmed } confirmés
earnings-amount-none = Aucun gain sur cette période.
earnings-amount-all = { $total } gagnés : { $pending } en attente, { $confirmed } confirmés, { $paid } versés
earnings-stats =
    { $orders ->
        [one] { $orders } commande
        [many] { $orders } commandes
       *[other] { $orders } commandes
    } · { $clicks ->
        [one] { $clicks } clic
        [many] { $clicks } clics
       *[other] { $clicks } clics
    } · taux de conversion { NUMBER($rate, style: "percent", maximumFractionDigits: 1) }
earnings-stats-no-clicks =
    { $orders ->
        [one] { $orders } commande
        [many] { $orders } commandes
       *[other] { $orders } commandes
    } · aucun clic
earnings-cancelled =
    { $count ->
        [one] { $count } commande a été annulée (sans commission).
        [many] { $count } commandes ont été annulées (sans commission).
       *[other] { $count } commandes ont été annulées (sans commission).
    }
earnings-glance =
    En bref :
    Aujourd’hui : { $today }
    7 derniers jours : { $week }
    Ce mois-ci : { $month }
    Le mois dernier : { $lastMonth }
    Depuis le début : { $all }
earnings-glance-none = rien pour l’instant
earnings-balance =
    Votre solde :
    { $lines }
earnings-balance-pending = En attente : { $amount }
earnings-balance-pending-next = En attente : { $amount }, premières confirmations à partir du { DATETIME($date, dateStyle: "long") }
earnings-balance-pending-late = En attente : { $amount }, en attente de la confirmation de la boutique
earnings-balance-confirmed = Confirmé : { $amount }
earnings-balance-confirmed-requested = Confirmé : { $amount }, dont { $requested } en demande de versement
earnings-balance-owed = Montant dû : { $amount } (commission déjà versée, puis reprise après un remboursement) ; il sera déduit de vos prochaines ventes confirmées
earnings-balance-paid = Versé : { $amount }
earnings-tier = Votre niveau : { $tier }.
earnings-top =
    Meilleurs liens :
    { $lines }
earnings-top-line =
    { $position }. { $code } ({ $campaign }) : { $amounts }, { $orders ->
        [one] { $orders } commande
        [many] { $orders } commandes
       *[other] { $orders } commandes
    }, { $clicks ->
        [one] { $clicks } clic
        [many] { $clicks } clics
       *[other] { $clicks } clics
    }
earnings-orders =
    Dernières commandes :
    { $lines }
earnings-order =
    { DATETIME($date, dateStyle: "medium") }, { $code } : commande de { $amount }, commission de { $commission } — { $status ->
        [pending] en attente jusqu’au { DATETIME($until, dateStyle: "medium") }
        [confirmed] confirmée
        [refunded] remboursée au client
        [partly-refunded] { $refunded } remboursés au client
       *[reversed] commande annulée
    }
earnings-button =
    .today = Aujourd’hui
    .week = 7 jours
    .month = Ce mois-ci
    .last-month = Mois dernier
    .all = Depuis le début
    .links = Par lien
    .back = Retour

## Par lien

earnings-links =
    Vos liens — { $period }

    { $lines }
earnings-links-none = Aucun clic ni aucune commande sur vos liens pendant cette période.
earnings-links-line =
    { $position }. { $code } ({ $campaign }) : { $clicks ->
        [one] { $clicks } clic
        [many] { $clicks } clics
       *[other] { $clicks } clics
    }, { $orders ->
        [one] { $orders } commande
        [many] { $orders } commandes
       *[other] { $orders } commandes
    }, { $amounts }
earnings-links-more =
    { $count ->
        [one] … et { $count } autre lien.
        [many] … et { $count } autres liens.
       *[other] … et { $count } autres liens.
    }
earnings-link =
    Lien { $code } ({ $campaign }) — { $period }
    { $url }

    { $sections }
earnings-link-nothing = aucune commission

## Questions posées avec vos propres mots

earnings-pending =
    Commissions en attente, par date à laquelle elles peuvent être confirmées :
    { $lines }
    La boutique confirme une commande une fois le délai de retour écoulé ; la commission peut alors vous être versée.
earnings-pending-line =
    { DATETIME($date, dateStyle: "long") } : { $amount } ({ $orders ->
        [one] { $orders } commande
        [many] { $orders } commandes
       *[other] { $orders } commandes
    })
earnings-pending-late-line =
    En attente de la confirmation de la boutique : { $amount } ({ $orders ->
        [one] { $orders } commande
        [many] { $orders } commandes
       *[other] { $orders } commandes
    })
earnings-pending-later =
    Plus tard : { $amount } ({ $orders ->
        [one] { $orders } commande
        [many] { $orders } commandes
       *[other] { $orders } commandes
    })
earnings-pending-none = Rien n’est en attente pour le moment : toute votre commission est confirmée. Envoyez /earnings pour voir votre solde.
earnings-payout =
    { $lines }
    Seule la commission confirmée peut être versée : la boutique confirme une commande une fois le délai de retour écoulé.
earnings-payout-ready = Vous avez { $amount } de commission confirmée et disponible : envoyez /payout pour en demander le versement.
earnings-payout-short = Vous avez { $available } de commission confirmée et disponible. Les versements commencent à partir de { $minimum } : il manque encore { $missing }.
earnings-payout-eta = Si vos commandes en attente sont confirmées comme prévu, vous atteindrez ce montant le { DATETIME($date, dateStyle: "long") }.
earnings-payout-eta-shop = Vos commandes en attente suffiront dès que la boutique les aura confirmées.
earnings-payout-requested = Votre demande de versement de { $amount } du { DATETIME($date, dateStyle: "long") } est en cours de traitement.
earnings-payout-none = Aucune commission confirmée n’est à verser pour le moment. La commission est confirmée lorsque la boutique confirme la commande ; demandez « qu’est-ce qui est en attente ? » pour savoir quand.
earnings-examples =
    Je n’arrive pas à savoir de quelle période il s’agit. Vous pouvez demander par exemple :
    • combien j’ai gagné aujourd’hui ?
    • combien j’ai gagné en octobre ?
    • mes gains de la semaine dernière
    • mes gains depuis le 1er octobre
    • qu’est-ce qui est en attente ?
    • quand est-ce que je reçois mon versement ?
    Ou envoyez /earnings.
earnings-future = Cette période n’a pas encore commencé : il n’y a donc rien à afficher. Demandez plutôt aujourd’hui ou une période passée, ou envoyez /earnings.

## Menus des commandes

command-earnings = Vos gains, clics et commandes
discord-command-earnings = gains
