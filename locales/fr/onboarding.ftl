# Inscription d’un influenceur, étape par étape, et statut de la candidature.

onboarding-language =
    Bonjour ! Je suis l’assistant du programme { $programme }. Je vais vous aider à le rejoindre en quelques étapes rapides.

    Nous allons échanger en français. Si vous préférez une autre langue, choisissez-la ci-dessous.
onboarding-consent =
    Avant de commencer : pour examiner votre candidature, nous conservons votre nom, votre pays, vos réseaux sociaux, la taille de votre audience et le compte de messagerie depuis lequel vous nous écrivez.

    Conditions du programme : { $terms_url }
    Politique de confidentialité : { $privacy_url }
    (version { $version })

    Acceptez-vous les conditions du programme et la politique de confidentialité ?
    .accept = J’accepte
    .decline = Non, merci
onboarding-declined = C’est noté, je n’ai rien enregistré. Si vous changez d’avis, envoyez /start.
onboarding-name = Comment souhaitez-vous que je vous appelle ? Veuillez envoyer votre nom ou votre nom de créateur.
onboarding-country = Dans quel pays vivez-vous ? Choisissez-le ci-dessous ou écrivez son nom.
    .other = Autre pays
onboarding-country-code = Veuillez écrire le nom de votre pays ou son code à deux lettres, par exemple DE ou PT.
onboarding-platform = Quelle est votre plateforme principale ?
onboarding-extra-platform = Sur quelle plateforme se trouve votre autre compte ?
onboarding-handle =
    { $platform ->
        [instagram] Veuillez envoyer votre nom d’utilisateur Instagram (par exemple @marie.dupont) ou un lien vers votre profil.
        [tiktok] Veuillez envoyer votre nom d’utilisateur TikTok (par exemple @marie.dupont) ou un lien vers votre profil.
        [youtube] Veuillez envoyer votre identifiant YouTube (par exemple @MarieDupont) ou un lien vers votre chaîne.
        [vk] Veuillez envoyer votre page VK : son nom court ou un lien comme vk.com/mariedupont.
        [telegram] Veuillez envoyer votre chaîne Telegram (par exemple @marie_dupont) ou son lien t.me.
        [twitch] Veuillez envoyer votre nom d’utilisateur Twitch ou un lien vers votre chaîne.
       *[other] Veuillez envoyer un lien vers votre profil ou votre chaîne.
    }
onboarding-audience = Combien d’abonnés compte { $handle } ? Un nombre arrondi suffit, par exemple 12 500 ou 12,5 k.
onboarding-niche = Quel est le thème principal de votre contenu ?
onboarding-more =
    Avez-vous d’autres comptes à ajouter ? Vous pouvez indiquer jusqu’à { $max ->
        [one] { $max } compte
        [many] { $max } comptes
       *[other] { $max } comptes
    } au total.
    .add = Ajouter un compte
    .done = Non, continuer
onboarding-summary =
    Veuillez vérifier votre candidature :

    Nom : { $name }
    Pays : { $country }
    Compte principal : { $platform } { $handle }, { $audience ->
        [one] { $audience } abonné
        [many] { $audience } abonnés
       *[other] { $audience } abonnés
    }
    Thème : { $niche }
    Autres comptes : { $extra }

    Tout est-il correct ?
    .submit = Envoyer ma candidature
    .edit = Modifier quelque chose
onboarding-summary-channel =
    { $platform } { $handle }, { $audience ->
        [one] { $audience } abonné
        [many] { $audience } abonnés
       *[other] { $audience } abonnés
    }
onboarding-summary-no-extra = aucun
onboarding-edit = Que souhaitez-vous modifier ?
    .name = Nom
    .country = Pays
    .channel = Compte principal
    .niche = Thème
    .extras = Autres comptes
    .back = Rien, retour au récapitulatif
onboarding-submitted =
    Merci, { $name } ! Votre candidature a bien été transmise à notre équipe.

    Nous examinons généralement les candidatures sous { $days ->
        [one] { $days } jour ouvré
        [many] { $days } jours ouvrés
       *[other] { $days } jours ouvrés
    }, et je vous écrirai ici dès qu’une décision sera prise. Vous pouvez suivre son avancement à tout moment avec /status.
onboarding-resume = Bon retour parmi nous ! Reprenons là où nous en étions.

## Réseaux sociaux et thèmes, sur les boutons et dans le récapitulatif.

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-vk = VK
platform-telegram = Chaîne Telegram
platform-twitch = Twitch
platform-other = Autre plateforme

niche-fashion = Mode
niche-beauty = Beauté
niche-tech = Technologie et gadgets
niche-home = Maison et jardin
niche-sport = Sport et plein air
niche-kids = Enfants et famille
niche-food = Cuisine et gastronomie
niche-travel = Voyages
niche-gaming = Jeux vidéo
niche-other = Autre

## /status

status-none = Vous n’avez pas encore postulé. Envoyez /start pour postuler au programme { $programme }.
status-in-progress = Votre candidature n’est pas encore complète. Continuons :
status-pending = Votre candidature du { $submitted } est en cours d’examen. Je vous écrirai ici dès qu’une décision sera prise.
status-approved = Votre candidature a été acceptée. Bienvenue dans le programme { $programme } !
status-rejected = Malheureusement, votre candidature n’a pas été retenue. Pour toute question, écrivez-nous à { $support }.
status-suspended = Votre participation au programme est suspendue. Veuillez contacter { $support }.

## Vérifications et modification des autres comptes.

onboarding-name-no-letters = Un nom doit contenir au moins une lettre : des émojis, des chiffres ou des symboles seuls ne conviennent pas.
onboarding-handle-number = { $handle } est-il vraiment votre nom d’utilisateur ? Il ne contient que des chiffres ; s’il s’agissait de la taille de votre audience, choisissez Non et envoyez d’abord votre nom d’utilisateur.
    .yes = Oui, c’est bien ça
    .no = Non, je le saisis à nouveau
onboarding-channel-duplicate = { $handle } figure déjà dans votre candidature. Veuillez envoyer un autre compte, ou /cancel.
onboarding-extras = Quel compte souhaitez-vous modifier ou supprimer ?
    .add = Ajouter un compte
    .back = Retour au récapitulatif
onboarding-extras-none = Votre candidature ne comporte pas encore d’autre compte.
onboarding-extras-change = Modifier { $platform } { $handle }
onboarding-extras-remove = Supprimer { $platform } { $handle }
onboarding-extras-removed = { $handle } a été retiré de votre candidature.
