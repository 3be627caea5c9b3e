# Confidentialité : /privacy, /export, /delete, et consentement à une nouvelle version des conditions.

privacy-notice =
    Vos données dans { $programme }

    Ce que nous conservons, et pourquoi :
    { $data }

    Durée de conservation : le registre de vos gains et versements est conservé aussi longtemps que la loi comptable l’exige, même après la suppression de vos données (sous un pseudonyme). Les messages bruts du chat sont supprimés après { $updates_hours ->
        [one] { $updates_hours } heure
        [many] { $updates_hours } heures
       *[other] { $updates_hours } heures
    }, le détail du journal d’audit après { $audit_days ->
        [one] { $audit_days } jour
        [many] { $audit_days } jours
       *[other] { $audit_days } jours
    }, les messages envoyés au support après { $support_days ->
        [one] { $support_days } jour
        [many] { $support_days } jours
       *[other] { $support_days } jours
    } ; tout le reste jusqu’à ce que vous le supprimiez.

    Vos droits : /export vous envoie toutes ces données dans un fichier ; /delete les efface. Une question ? Écrivez à { $support }. Politique complète (version { $version }) : { $privacy_url }
privacy-data-profile = • vos comptes de messagerie et votre langue, pour échanger avec vous ;
privacy-data-application = • votre candidature : nom, pays, réseaux sociaux, audience, thématique, décisions et questions de l’examen, pour gérer le programme ;
privacy-data-links = • vos liens de suivi et leur nombre de clics, pour vous attribuer vos ventes ;
privacy-data-orders = • les commandes que la boutique a signalées pour vos liens, pour calculer vos commissions ;
privacy-data-ledger = • le registre de vos gains et vos soldes, pour la comptabilité ;
privacy-data-payouts = • vos coordonnées de versement et vos demandes de versement, pour vous payer ;
privacy-data-support = • vos demandes au support et leurs messages, pour vous aider ;
privacy-data-consents = • vos consentements aux conditions, avec leurs versions et leurs dates ;
privacy-data-messages = • les messages en attente d’envoi et l’état de notre conversation ;
privacy-data-audit = • les actions de l’équipe concernant votre candidature et vos versements, pour en rendre compte.
privacy-export-ready = Voici tout ce que nous conservons à votre sujet, dans un fichier JSON. Les coordonnées de versement sont masquées ; il ne contient rien qui concerne d’autres personnes.
privacy-delete-confirm =
    Supprimer vos données ? Votre candidature, vos réseaux, vos liens, vos coordonnées de versement, vos messages et vos demandes au support seront effacés, et toute demande de versement en cours sera annulée. Le registre de vos gains est conservé sous un pseudonyme, comme l’exige la loi comptable. Cette action est définitive.
    .delete = Oui, supprimer mes données
    .keep = Non, les garder
privacy-delete-kept = Très bien, rien n’a été supprimé.
privacy-deleted = Vos données ont été supprimées. Si vous m’écrivez à nouveau, vous repartirez de zéro. Merci d’avoir participé au programme.
privacy-consent-renew =
    Nos conditions ou notre politique de confidentialité ont changé depuis que vous les avez acceptées. Merci de lire la nouvelle version avant de continuer.

    Conditions du programme : { $terms_url }
    Politique de confidentialité : { $privacy_url }
    (version { $version })

    Acceptez-vous les nouvelles conditions et la politique de confidentialité ?
    .accept = J’accepte
    .decline = Non, merci
privacy-consent-thanks = Merci, votre consentement est enregistré.
privacy-consent-declined = Entendu. Sans votre accord aux nouvelles conditions, je ne peux pas poursuivre. Vous pouvez toujours consulter /privacy, obtenir vos données avec /export ou les supprimer avec /delete. Pour toute question : { $support }.
command-privacy = Les données que nous conservons et pourquoi
command-export = Recevoir toutes vos données dans un fichier
command-delete = Supprimer vos données
discord-command-privacy = confidentialite
discord-command-export = exporter
discord-command-delete = supprimer
