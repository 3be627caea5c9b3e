# La console web de l’équipe (/console dans le chat donne un lien de connexion à usage unique). Réservé à l’équipe.

## Dans le chat

console-link =
    Votre lien personnel de connexion à la console de l’équipe :
    { $url }

    Il fonctionne une seule fois, pendant { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    }, et ouvre la console avec les rôles de ce compte. Ne le transmettez à personne.
console-off = La console de l’équipe n’est pas activée pour ce programme (BOT_CONSOLE_SECRET n’est pas défini).

## Connexion et déconnexion

console-title = Console de l’équipe
console-login-title = Connexion à la console de l’équipe
console-login-as = Vous allez vous connecter en tant que { $account }.
console-login-button = Se connecter
console-login-used = Ce lien de connexion a déjà été utilisé. Envoyez /console dans le chat pour en obtenir un nouveau.
console-login-expired = Ce lien de connexion a expiré. Envoyez /console dans le chat pour en obtenir un nouveau.
console-login-unknown = Ce lien de connexion n’est pas valide. Envoyez /console dans le chat pour en obtenir un nouveau.
console-refused-title = Accès refusé
console-signed-out = Vous n’êtes pas connecté, ou votre session a pris fin. Envoyez /console dans le chat pour obtenir un lien de connexion.
console-signed-out-done = Vous êtes déconnecté. Envoyez /console dans le chat quand vous voulez revenir.
console-role-missing = Cette page nécessite le rôle « { $role } », que vous n’avez pas. Un propriétaire du programme peut vous l’attribuer.
console-csrf = Ce formulaire a expiré ou ne provient pas de la console. Veuillez rouvrir la page et recommencer.
console-sign-out = Se déconnecter

## Navigation

console-nav-overview = Vue d’ensemble
console-nav-applications = Candidatures
console-nav-campaigns = Campagnes
console-nav-payouts = Versements
console-nav-broadcasts = Diffusions
console-nav-staff = Rôles
console-nav-audit = Journal d’audit

## Mots courants

console-none = Rien pour l’instant.
console-any = toutes
console-name = Nom
console-country = Pays
console-countries = Pays
console-all-countries = tous les pays
console-platforms = Plateformes
console-audience = Taille de l’audience
console-submitted = Envoyée le
console-niche = Thématique
console-account = Compte
console-role = Rôle
console-since = Depuis le
console-by = Par
console-created = Créée le
console-state = État
console-amount = Montant
console-reason = Motif
console-reference = Référence
console-when = Quand
console-action = Opération
console-subject = Objet
console-details = Détails
console-apply-filters = Afficher
console-days =
    { $count ->
        [one] { $count } jour
        [many] { $count } jours
       *[other] { $count } jours
    }
console-requests =
    { $count ->
        [one] { $count } demande
        [many] { $count } demandes
       *[other] { $count } demandes
    }
console-status-label = Statut
console-status =
    { $status ->
        [draft] Non envoyée
        [pending] En cours d’examen
        [approved] Approuvée
        [rejected] Refusée
        [suspended] Suspendue
       *[other] { $status }
    }

## Vue d’ensemble

console-applications-waiting = Candidatures en attente d’examen
console-payouts-waiting = Versements en attente
console-influencers-by-status = Influenceurs par statut
console-influencers-by-tier = Influenceurs approuvés par niveau
console-last-days = { $days ->
        [one] Le dernier jour
        [many] Les { $days } derniers jours
       *[other] Les { $days } derniers jours
    }
console-chart-clicks = Clics par jour
console-chart-orders = Commandes par jour
console-chart-commission = Commission par jour ({ $currency })
console-broadcasts-active = Diffusions en cours

## Candidatures

console-applications-claimable =
    { $count ->
        [0] Aucune candidature ne peut être examinée pour le moment.
        [one] { $count } candidature peut être examinée maintenant.
        [many] { $count } candidatures peuvent être examinées maintenant.
       *[other] { $count } candidatures peuvent être examinées maintenant.
    }
console-filter-country = Pays (deux lettres)
console-filter-platform = Plateforme
console-filter-min-audience = Audience d’au moins
console-sort = Ordre
console-sort-oldest = les plus anciennes d’abord
console-sort-audience = la plus grande audience d’abord
console-review = Examiner
console-release = Remettre dans la file
console-held-by = En cours d’examen par { $actor }
console-held-until = Cette candidature vous est réservée jusqu’à { $time }.
console-application-taken = Quelqu’un d’autre examine cette candidature, ou une décision a déjà été prise.
console-application-not-held = Cette candidature ne vous est plus réservée : une décision a été prise, ou votre réservation a expiré et un autre examinateur l’a prise.
console-application-approved = La candidature de { $name } est approuvée, et la personne en a été informée.
console-application-rejected = La candidature de { $name } n’est pas retenue ; le motif lui a été envoyé.
console-application-asked = Votre question a été envoyée à { $name }. La candidature reviendra dans la file avec sa réponse.
console-application-released = La candidature est de retour dans la file.
console-reason-missing = Veuillez choisir un motif.

## Campagnes

console-campaign-new = Nouvelle campagne
console-campaign-create = Créer la campagne
console-destination = Adresse de destination
console-currency = Devise
console-rates = Taux de commission
console-rate-for = Commission pour le niveau { $tier } (en points de base, 800 = 8 %)
console-window = Attribution / rétention
console-window-days = Fenêtre d’attribution (jours)
console-lock-days = Période de rétention (jours)
console-domains = Domaines de produits autorisés (séparés par des espaces)
console-starts = Début
console-ends = Fin
console-campaign-state =
    { $active ->
        [yes] Active
       *[no] En pause
    }
console-campaign-edit = Modifier « { $name } »
console-campaign-save = Enregistrer les modifications
console-campaign-saved = La campagne « { $name } » est modifiée ; les nouveaux clics et les nouvelles ventes suivent les nouvelles conditions.
console-campaign-figures = { $days ->
        [one] Dernier jour
        [many] { $days } derniers jours
       *[other] { $days } derniers jours
    }
console-orders-count =
    { $count ->
        [one] { $count } commande
        [many] { $count } commandes
       *[other] { $count } commandes
    }
console-campaign-pause = Mettre en pause
console-campaign-resume = Reprendre
console-campaign-added = La campagne « { $name } » est créée.
console-campaign-paused = La campagne « { $name } » est en pause : ses liens cessent de fonctionner d’ici quelques secondes.
console-campaign-resumed = La campagne « { $name } » est de nouveau active.
console-campaign-missing = Aucune campagne ne s’appelle « { $name } ».
console-campaign-exists = Une campagne nommée « { $name } » existe déjà.
console-campaign-bad-name = Veuillez donner un nom à la campagne.
console-campaign-bad-url = La destination doit être une adresse commençant par http:// ou https://.
console-campaign-bad-currency = La devise doit être un code ISO 4217 de trois lettres, par exemple EUR.
console-campaign-bad-days = La fenêtre d’attribution et la période de rétention ne peuvent pas être négatives.
console-campaign-bad-ends = La fin doit être postérieure au début.
console-campaign-bad-domain = « { $detail } » n’est pas un nom de domaine.
console-campaign-bad-rate = Indiquez une commission pour au moins un niveau, entre 0 et 10 000 points de base.
console-campaign-bad-number = Veuillez écrire les nombres et les dates en chiffres (les dates sous la forme 2026-12-01).

## Versements

console-payouts-empty = Aucune demande de versement en attente.
console-payouts-more =
    { $count ->
        [one] { $count } autre demande attend après celles-ci : payez d’abord celles-ci, ou téléchargez le CSV.
        [many] { $count } autres demandes attendent après celles-ci : payez d’abord celles-ci, ou téléchargez le CSV.
       *[other] { $count } autres demandes attendent après celles-ci : payez d’abord celles-ci, ou téléchargez le CSV.
    }
console-payout-details = Versé sur
console-csv = Télécharger la file au format CSV
console-pay = Marquer comme payée
console-reject = Refuser
console-sepa-export = Fichier SEPA des demandes sélectionnées (elles sont marquées comme payées)
console-sepa-off = Les fichiers SEPA nécessitent le compte du programme : définissez BOT_SEPA_DEBTOR_NAME et BOT_SEPA_DEBTOR_IBAN.
console-sepa-invalid = Le fichier SEPA n’a pas pu être créé : vérifiez le compte du programme (BOT_SEPA_DEBTOR_IBAN et BOT_SEPA_DEBTOR_BIC) et les coordonnées bancaires des influenceurs. Aucune demande n’a été marquée comme payée.
console-sepa-none = Sélectionnez au moins une demande pour le fichier SEPA.
console-sepa-not-eligible = La demande n° { $id } ne peut pas figurer dans un fichier SEPA : seules les demandes ouvertes en euros vers un compte bancaire le peuvent.
console-payout-paid = La demande n° { $id } est marquée comme payée ; l’influenceur en a été informé.
console-payout-rejected = La demande n° { $id } est refusée ; l’argent est de nouveau disponible pour l’influenceur.
console-payout-refused =
    { $reason ->
        [not_found] Cette demande de versement n’existe pas.
        [already_paid] Cette demande a déjà été payée ou traitée.
        [already_rejected] Cette demande a été refusée : elle ne peut être ni payée ni refusée à nouveau.
        [reference_used] Cette référence a déjà servi pour un autre versement ; chaque versement a la sienne.
        [insufficient_balance] Le solde confirmé de l’influenceur est désormais inférieur à la demande (des ventes ont été annulées) : refusez-la en indiquant un motif.
        [bad_reference] Une référence compte de 1 à 64 caractères imprimables.
        [bad_reason] Un motif compte de 1 à 500 caractères.
       *[other] Le versement n’a pas pu être enregistré.
    }

## Diffusions

console-broadcast-new = Nouvelle diffusion
console-broadcast-texts = Textes
console-broadcast-fallback = Sans texte propre, les lecteurs de cette langue reçoivent le texte en
console-broadcast-button = Bouton de lien
console-broadcast-recipients = Destinataires
console-registered-since = Inscrits depuis le
console-active-since = Actifs depuis le
console-send-at = Envoyer le (UTC)
console-broadcast-count = Compter les destinataires et prévisualiser
console-broadcast-send = Envoyer
console-broadcast-no-text = Rédigez le texte dans au moins une langue.
console-broadcast-invalid = Ces choix ne forment pas une diffusion valable ; vérifiez le bouton et les langues.
console-broadcast-created = La diffusion n° { $id } est créée.
console-broadcast-cancelled = La diffusion n° { $id } est annulée ; les messages déjà en route arrivent quand même.
console-broadcast-title = Diffusion n° { $id }
console-broadcast-cancel = Annuler la diffusion
console-broadcast-state =
    { $state ->
        [scheduled] Programmée
        [running] En cours d’envoi
        [cancelled] Annulée
        [done] Terminée
       *[other] { $state }
    }
console-sent = Envoyés
console-failed = Échecs
console-blocked = Ont bloqué le bot
console-skipped = Ignorés
console-unknown = Sort inconnu
console-cancelled = Non envoyés (annulation)
console-remaining = Restants
console-cancelled-by = annulée par { $actor }

## Rôles, sessions et journal d’audit

console-owners = Propriétaires : { $owners }
console-roles-change = Attribuer ou retirer un rôle
console-grant = Attribuer
console-revoke = Retirer
console-bad-account = « { $account } » n’est pas un compte. Écrivez-le sous la forme canal:id, par exemple telegram:123456789.
console-sessions = Connectés à la console
console-signed-in = Connexion
console-last-seen = Dernière activité
console-signout-all = Déconnecter toutes les sessions de ce compte
console-signed-out-account =
    { $count ->
        [0] { $account } n’avait aucune session ouverte.
        [one] { $account } est déconnecté de { $count } session.
        [many] { $account } est déconnecté de { $count } sessions.
       *[other] { $account } est déconnecté de { $count } sessions.
    }
console-last-days-input = Période (jours)

## Influenceurs

console-nav-influencers = Influenceurs
console-search = Nom, pseudo, compte ou code de lien
console-search-short = Les noms et pseudos sont recherchés à partir de trois caractères ; un texte plus court ne trouve que les comptes et les codes de lien.
console-tier = Niveau
console-tier-button = Définir le niveau
console-tier-invalid = Un niveau compte de 1 à 16 lettres minuscules, chiffres ou _.
console-tier-set = Le niveau est désormais { $tier }.
console-suspend = Suspendre
console-reinstate = Rétablir
console-suspended = L’influenceur est suspendu.
console-reinstated = L’influenceur est rétabli.
console-status-unchanged = Rien n’a changé : le statut a été modifié entre-temps.
console-balance = Solde
console-pending = En attente
console-confirmed = Confirmé
console-paid = Versé
console-links = Liens
console-code = Code du lien
console-clicks = Clics
console-orders = Commandes
console-trail = Notes et historique d’audit
console-note = Note interne (visible par l’équipe uniquement)
console-note-button = Ajouter la note
console-note-added = La note est ajoutée.

## Campagnes : les règles de la ligne de commande (python -m bot campaign add), formulées pour l’équipe
console-deeplink = Lien profond vers une page produit (facultatif)
console-advertiser = Dénomination sociale de l’annonceur (obligatoire pour la Russie)
console-advertiser-inn = INN de l’annonceur (numéro fiscal russe, obligatoire pour la Russie)
console-erid = Identifiant publicitaire (erid)
console-campaign-bad-name-long = Le nom ne peut pas dépasser { $max ->
        [one] { $max } caractère
        [many] { $max } caractères
       *[other] { $max } caractères
    }.
console-campaign-bad-url-long = L’adresse de destination ne peut pas dépasser { $max ->
        [one] { $max } caractère
        [many] { $max } caractères
       *[other] { $max } caractères
    }.
console-campaign-bad-deeplink-long = Le lien profond ne peut pas dépasser { $max ->
        [one] { $max } caractère
        [many] { $max } caractères
       *[other] { $max } caractères
    }.
console-campaign-bad-deeplink-scheme = Le lien profond doit être une adresse commençant par http:// ou https://.
console-campaign-bad-url-host = La destination mène à { $host }, qui ne fait pas partie des domaines autorisés ({ $domains }) : les liens de la campagne ne pourraient jamais rediriger. Ajoutez ce domaine ou corrigez l’adresse.
console-campaign-bad-deeplink-host = Le lien profond mène à { $host }, qui ne fait pas partie des domaines autorisés ({ $domains }) : les liens de la campagne ne pourraient jamais rediriger. Ajoutez ce domaine ou corrigez l’adresse.
console-campaign-bad-deeplink-page = Le lien profond doit contenir { $placeholder } à l’endroit où va l’adresse de la page produit.
console-campaign-bad-days-long = La fenêtre d’attribution et la période de blocage ne peuvent pas dépasser { $max ->
        [one] { $max } jour
        [many] { $max } jours
       *[other] { $max } jours
    }.
console-campaign-bad-country = « { $country } » n’est pas un code pays à deux lettres (par exemple FR).
console-campaign-bad-advertiser = La dénomination sociale de l’annonceur doit compter de { $min } à { $max ->
        [one] { $max } caractère
        [many] { $max } caractères
       *[other] { $max } caractères
    }.
console-campaign-bad-inn = « { $inn } » n’est pas un INN valide : 10 chiffres pour une organisation ou 12 pour une personne physique, avec les bons chiffres de contrôle.
console-campaign-bad-erid = L’erid doit être l’identifiant attribué par le registre publicitaire : uniquement des lettres et des chiffres, 64 au maximum.
console-campaign-bad-advertiser-needed = Une campagne pour { $markets } exige la dénomination sociale et l’INN de l’annonceur : la mention publicitaire doit les indiquer dans ce pays.

## Versements : coordonnées modifiées récemment (la fraude commence souvent ainsi)
console-payout-details-changed = Coordonnées de versement modifiées le { $when } : vérifiez-les auprès de l’influenceur avant de payer.

## Demandes d’assistance
console-tickets-open = Demandes d’assistance ouvertes
console-tickets = Demandes d’assistance
console-ticket-subject = Objet
console-ticket-updated = Dernière activité
console-ticket-state =
    { $state ->
        [open] En attente de l’équipe
        [waiting] En attente de l’influenceur
       *[closed] Close
    }
