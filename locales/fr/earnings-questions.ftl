# Réponses aux questions sur les gains posées avec les mots de chacun (voir earnings-phrases.ftl).

earnings-balance-only =
    { $balance }

    Envoyez /earnings pour les chiffres de ce mois, ou posez la question pour une période (« combien j’ai gagné en octobre ? »).
earnings-balance-none = Vous n’avez pas encore de solde : aucune commission n’a été enregistrée pour l’instant. Envoyez /links pour voir vos liens.
earnings-clicks =
    Clics — { $period }
    { $stats }
earnings-campaign =
    Campagne { $campaign } — { $period }

    { $sections }
earnings-cancelled-orders =
    Commandes annulées ou remboursées, des plus récentes aux plus anciennes :
    { $lines }

    La boutique annule une commande retournée, remboursée ou jamais payée, et sa commission est reprise (en partie pour un remboursement partiel).
earnings-cancelled-line = { DATETIME($date, dateStyle: "medium") }, { $code } : commande de { $amount }, { $status ->
        [reversed] annulée
       *[refunded] { $refunded } remboursés
    } — { $reason }
earnings-cancelled-no-reason = la boutique n’a pas donné de raison
earnings-cancelled-none = Aucune de vos commandes n’a été annulée ni remboursée.
