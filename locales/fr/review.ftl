# Examen des candidatures par l’équipe du programme (/review), et ce que l’on dit au candidat.

## Pour la personne qui examine, dans sa langue.

review-queue-empty = Aucune candidature n’attend d’examen pour le moment. Renvoyez /review plus tard.
review-application =
    Candidature nº { $number } du { $submitted }
    { $waiting ->
        [0] Aucune autre candidature n’est en attente.
        [one] { $waiting } autre candidature est en attente.
        [many] { $waiting } autres candidatures sont en attente.
       *[other] { $waiting } autres candidatures sont en attente.
    }

    Nom : { $name }
    Pays : { $country }
    Thème : { $niche }
    Comptes :
    { $channels }
    Langue : { $language }
    Compte : { $account }
    Code de parrainage : { $referral }
    Questions et réponses :
    { $answers }
    .approve = Approuver
    .reject = Refuser
    .ask = Poser une question
    .skip = Passer
    .stop = Arrêter l’examen
review-application-channel =
    { $platform } { $handle }, { $audience ->
        [one] { $audience } abonné
        [many] { $audience } abonnés
       *[other] { $audience } abonnés
    } — { $url }
review-application-answer =
    Q : { $question }
    R : { $answer }
review-application-none = aucune
review-approve-confirm = Approuver la candidature de { $name } ? Je l’en informe aussitôt, et la création de liens devient possible.
    .confirm = Oui, approuver
    .back = Retour à la candidature
review-approved-done = La candidature de { $name } est approuvée, et la personne en a été informée.
review-reject-reason = Pourquoi la candidature de { $name } n’est-elle pas approuvée ? La personne lira le motif dans sa propre langue.
    .audience = Audience trop faible
    .content = Contenu inadapté
    .incomplete = Profil incomplet
    .region = Région non desservie
    .other = Autre motif…
    .back = Retour à la candidature
review-reject-note = Veuillez écrire le motif pour { $name } en une ou deux phrases. Il est envoyé tel que vous l’écrivez.
review-rejected-done = La candidature de { $name } n’est pas approuvée. Motif envoyé : { $reason }
review-ask-question = Que souhaitez-vous demander à { $name } ? Écrivez votre question : elle est envoyée telle que vous l’écrivez, et la candidature reviendra dans la file avec la réponse.
review-asked-done = Votre question a été envoyée à { $name }. La candidature reviendra dans la file dès la réponse.
review-released = La candidature est de retour dans la file. Envoyez /review quand vous voudrez continuer.
review-not-held = Cette candidature ne vous est plus attribuée : une décision a déjà été prise, ou votre réservation a expiré et une autre personne l’a reprise. Envoyez /review pour la suivante.

## Motifs de refus, tels que le candidat les lit.

review-reason-audience = L’audience de vos comptes est inférieure à ce que le programme exige actuellement.
review-reason-content = Le contenu de vos comptes ne correspond pas aux règles du programme.
review-reason-incomplete = Votre profil ne nous donne pas assez d’informations pour évaluer votre candidature.
review-reason-region = Le programme n’est pas encore disponible dans votre région.

## Pour le candidat, dans sa langue.

review-notify-approved = Bonne nouvelle : votre candidature à { $programme } est approuvée ! Envoyez /link pour créer votre premier lien de suivi ; /help vous montre tout le reste.
review-notify-rejected =
    Merci de l’intérêt que vous portez à { $programme }. Malheureusement, nous ne pouvons pas approuver votre candidature pour le moment.

    Motif : { $reason }

    Vous pourrez postuler à nouveau à partir du { $reapply } : il suffira d’envoyer /start.
review-notify-question =
    Notre équipe a une question au sujet de votre candidature à { $programme } :

    « { $question } »

    Veuillez répondre ici en un seul message.
review-notify-invite =
    Voici votre invitation personnelle au groupe des influenceurs : { $link }

    Elle ne vaut que pour une personne et expire dans { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    }.
review-answer-prompt = Notre équipe vous demande : « { $question } » Veuillez écrire votre réponse en un seul message.
review-answer-received = Merci ! Votre réponse a été ajoutée à votre candidature, et notre équipe poursuit l’examen.
review-reapply-wait = Votre précédente candidature n’a pas été approuvée. Vous pourrez postuler à nouveau à partir du { $date } ; d’ici là, pour toute question, écrivez à { $support }.
review-reapply-open = Votre précédente candidature n’a pas été approuvée, mais vous pouvez désormais postuler à nouveau. Commençons.
