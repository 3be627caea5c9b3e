# Réponses aux questions sur les gains posées avec les mots de chacun (voir earnings-phrases.ftl).

earnings-balance-only =
    { $balance }

    Envoyez /earnings pour les chiffres de ce mois, ou posez la question pour une période (« combien j’ai gagné en octobre ? »).
earnings-balance-none = Vous n’avez pas encore de solde : aucune commission n’a été enregistrée pour l’instant. Envoyez /links pour voir vos liens.
