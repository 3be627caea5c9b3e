# Ce qui a changé dans des ventes connues, regroupé en un message par heure au plus.

sale-changes =
    Du nouveau sur vos ventes :
    { $changes }
sale-change-confirmed = • Commande { $order } : commission de { $amount } confirmée, désormais disponible pour un versement.
sale-change-reversed = • Commande { $order } : la vente a été annulée par la boutique, commission de { $amount } retirée.
sale-change-refunded = • Commande { $order } : { $whole ->
        [yes] remboursée intégralement au client ({ $refund })
       *[other] { $refund } remboursés au client
    }, votre commission baisse donc de { $amount }.
sale-change-amount = • Commande { $order } : la boutique a confirmé un montant de { $total }, votre commission { $direction ->
        [up] augmente
       *[down] baisse
    } donc de { $amount }.
sale-changes-more = { $count ->
        [one] … et { $count } autre changement. Envoyez /earnings pour le détail.
        [many] … et { $count } autres changements. Envoyez /earnings pour le détail.
       *[other] … et { $count } autres changements. Envoyez /earnings pour le détail.
    }
sale-change-owed = Une commission déjà versée a été reprise : vous devez désormais { $amount }. Ce montant sera déduit de vos prochaines ventes confirmées ; d’ici là, aucun versement ne peut être demandé.
