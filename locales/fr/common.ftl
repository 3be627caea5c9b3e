# Messages que toute conversation peut afficher. Registre soutenu (vouvoiement) dans toutes les langues.

help =
    { $programme } — votre assistant pour le programme d’influenceurs.

    Commandes :
    /start — postuler au programme ou consulter votre candidature
    /status — où en est votre candidature
    /earnings — vos gains (ou demandez simplement : « combien j’ai gagné en octobre ? »)
    /link — un nouveau lien de suivi pour une campagne ou un produit
    /links — vos liens et leurs résultats
    /payout — demander le versement de vos gains confirmés
    /invite — inviter d’autres créateurs au programme
    /connect — associer vos comptes Telegram et Discord
    /faq — réponses aux questions fréquentes (ou posez simplement votre question)
    /support — poser une question à une personne de notre équipe
    /privacy — les données que nous conservons sur vous, pourquoi et combien de temps
    /export — toutes vos données dans un fichier
    /delete — effacer vos données
    /language — changer de langue
    /cancel — arrêter l’action en cours
    /help — afficher ce message

    Besoin de parler à quelqu’un ? Écrivez-nous à { $support }.

cancelled = C’est fait, l’action en cours a été interrompue. Rien de ce qui a été saisi à cette étape n’a été conservé.
cancelled-onboarding = L’inscription a été interrompue et vos réponses n’ont pas été conservées. Envoyez /start pour recommencer depuis la première question.
nothing-to-cancel = Il n’y a rien à annuler pour le moment.
command-unknown = Je ne connais pas la commande /{ $command }. Envoyez /help pour voir ce que je peux faire.
not-understood = Pardon, je n’ai pas compris. Envoyez /help pour voir ce que je peux faire.
button-stale = Ce bouton n’est plus actif. Veuillez utiliser le message le plus récent.
session-expired = Notre conversation précédente a expiré, nous reprenons donc du début.
error-internal = Un problème est survenu de notre côté. Veuillez réessayer dans une minute ; si le problème persiste, envoyez /help pour joindre un membre de l’équipe.

## Réponses à une saisie incorrecte. Chacune est suivie de la question, posée à nouveau.

input-text-empty = La réponse est vide. Veuillez saisir votre réponse.
input-text-too-short =
    { $min ->
        [one] Veuillez saisir au moins { $min } caractère.
        [many] Veuillez saisir au moins { $min } caractères.
       *[other] Veuillez saisir au moins { $min } caractères.
    }
input-text-too-long =
    { $max ->
        [one] Veuillez ne pas dépasser { $max } caractère.
        [many] Veuillez ne pas dépasser { $max } caractères.
       *[other] Veuillez ne pas dépasser { $max } caractères.
    }
input-number-invalid = Veuillez envoyer un nombre entier, par exemple 12 500 ou 12,5 k.
input-number-too-small = Le nombre doit être supérieur ou égal à { $min }.
input-number-too-large = Le nombre doit être inférieur ou égal à { $max }.
input-url-invalid = Cela ne ressemble pas à une adresse web. Veuillez envoyer un lien commençant par https://
input-url-domain = Le lien doit mener à l’un de ces sites : { $domains }.
input-email-invalid = Cela ne ressemble pas à une adresse e-mail. Veuillez la vérifier et la renvoyer.
input-country-invalid = Je ne reconnais pas ce pays. Veuillez envoyer son nom ou son code à deux lettres, par exemple DE ou PT.
input-choose-button = Veuillez choisir l’un des boutons ci-dessous.
input-handle-invalid =
    { $platform ->
        [instagram] Ce nom d’utilisateur Instagram n’est pas valide. Envoyez-le sous la forme @marie.dupont ou envoyez un lien vers votre profil.
        [tiktok] Ce nom d’utilisateur TikTok n’est pas valide. Envoyez-le sous la forme @marie.dupont ou envoyez un lien vers votre profil.
        [youtube] Cet identifiant YouTube n’est pas valide. Envoyez-le sous la forme @MarieDupont ou envoyez un lien vers votre chaîne.
        [vk] Cette page VK n’est pas valide. Envoyez son nom court, par exemple durov, ou un lien comme vk.com/durov.
        [telegram] Cette chaîne Telegram n’est pas valide. Envoyez-la sous la forme @marie_dupont ou envoyez un lien t.me.
        [twitch] Ce nom d’utilisateur Twitch n’est pas valide. Envoyez-le sous la forme mariedupont ou envoyez un lien twitch.tv.
       *[other] Veuillez envoyer un lien vers votre profil commençant par https://
    }

## Descriptions des commandes pour les menus de commandes des plateformes (courtes).

command-start = Postuler ou voir votre candidature
command-status = Où en est votre candidature
command-language = Changer de langue
command-help = Ce que ce bot peut faire
command-cancel = Arrêter l’étape en cours

## Configuration d’un serveur communautaire (Discord /setup).

setup-needs-server = Cette commande fonctionne sur un serveur, pas en messages privés.
setup-forbidden = Seuls les administrateurs du serveur (disposant de la permission « Gérer le serveur ») et l’équipe du programme peuvent modifier sa configuration.
setup-bad-language = Cette langue n’est pas prise en charge. Choisissez l’anglais, le russe, le français, l’espagnol ou le polonais.
setup-usage = Utilisez /setup announcements avec un salon, ou /setup role avec un rôle.
setup-all-languages = toutes les langues
setup-announcements-done = C’est fait : les annonces seront publiées dans le salon { $channel }. Langue : { $language }.
setup-role-done = C’est fait : les influenceurs dont la candidature est acceptée recevront le rôle { $role }.

## Discord : réponse à une question qui demande de saisir du texte, et noms des commandes slash.

discord-answer = Répondre
discord-answer-title = Votre réponse
discord-answer-label = Saisissez votre réponse ici
discord-command-start = démarrer
discord-command-status = statut
discord-command-language = langue
discord-command-help = aide
discord-command-cancel = annuler
discord-command-setup = configuration
discord-command-setup-announcements = Choisir le salon des annonces pour une langue
discord-command-setup-role = Choisir le rôle attribué aux influenceurs acceptés
discord-option-code = Un code de parrainage ou de campagne, si vous en avez un
discord-option-channel = Le salon des annonces
discord-option-language = La langue des annonces dans ce salon (toutes si le champ est vide)
discord-option-role = Le rôle à attribuer aux influenceurs acceptés
command-setup = Configurer ce serveur pour le programme

## La page qu’un visiteur voit lorsqu’un lien de suivi n’existe pas ou est suspendu.

redirect-not-found-title = Lien introuvable
redirect-not-found = Ce lien n’existe pas ou n’est plus actif. Vérifiez-le auprès de la personne qui l’a partagé.
