# Niveaux du programme selon les ventes confirmées ; le plus élevé est le parcours KOL.

tier-name =
    { $tier ->
        [standard] Standard
        [silver] Argent
        [gold] Or
        [kol] KOL
       *[other] { $tier }
    }
tier-up =
    Félicitations ! Avec { $sales ->
        [one] { $sales } vente confirmée
        [many] { $sales } ventes confirmées
       *[other] { $sales } ventes confirmées
    }, vous passez au niveau { $tier }. Vos nouvelles ventes sont rémunérées aux taux de ce niveau dans toutes les campagnes qui en prévoient.
    Encore { $remaining ->
        [one] { $remaining } vente confirmée
        [many] { $remaining } ventes confirmées
       *[other] { $remaining } ventes confirmées
    } et vous atteindrez le niveau { $next }.
tier-up-kol =
    Félicitations ! Avec { $sales ->
        [one] { $sales } vente confirmée
        [many] { $sales } ventes confirmées
       *[other] { $sales } ventes confirmées
    }, vous rejoignez le parcours { $tier }, notre niveau le plus élevé. Vos nouvelles ventes sont rémunérées aux taux de ce niveau dans toutes les campagnes qui en prévoient.
    Votre responsable dédié est { $manager } : écrivez à { $contact } pour parler de campagnes et de conditions exclusives.
tier-up-kol-contact =
    Félicitations ! Avec { $sales ->
        [one] { $sales } vente confirmée
        [many] { $sales } ventes confirmées
       *[other] { $sales } ventes confirmées
    }, vous rejoignez le parcours { $tier }, notre niveau le plus élevé. Vos nouvelles ventes sont rémunérées aux taux de ce niveau dans toutes les campagnes qui en prévoient.
    Un responsable dédié va vous accompagner : écrivez à { $contact } pour parler de campagnes et de conditions exclusives.
tier-progress =
    Votre niveau : { $tier }, avec { $sales ->
        [one] { $sales } vente confirmée
        [many] { $sales } ventes confirmées
       *[other] { $sales } ventes confirmées
    }. Encore { $remaining ->
        [one] { $remaining } vente
        [many] { $remaining } ventes
       *[other] { $remaining } ventes
    } pour atteindre le niveau { $next }.
tier-progress-top = Votre niveau : { $tier }, le plus élevé du programme. Votre responsable dédié : { $contact }.
