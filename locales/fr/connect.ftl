# Association des comptes d’une même personne sur deux plateformes par un code à usage unique : /connect.

connect-code =
    Votre code à usage unique : { $code }

    Pour associer à ce compte votre compte sur l’autre plateforme (Telegram ou Discord), envoyez-moi /connect { $code } depuis ce compte-là dans un délai de { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    }. Les deux comptes partageront ensuite la même candidature, les mêmes gains et les mêmes messages. Ne communiquez ce code à personne.
connect-linked = C’est fait : ce compte est désormais associé à votre compte { $channel ->
        [telegram] Telegram
        [discord] Discord
       *[other] de la console
    }. Les deux affichent la même candidature ; envoyez /status pour la consulter.
connect-code-wrong = Ce code ne fonctionne pas. Vérifiez-le, ou envoyez /connect depuis votre autre compte pour en obtenir un nouveau.
connect-code-used = Ce code a déjà été utilisé. Envoyez /connect depuis votre autre compte pour en obtenir un nouveau.
connect-code-expired = Ce code a expiré. Envoyez /connect depuis votre autre compte pour en obtenir un nouveau.
connect-own-code = Ce code a été émis pour ce même compte. Veuillez le saisir depuis votre compte sur l’autre plateforme.
connect-already-linked = Ce compte est déjà associé à celui qui a émis le code : il n’y a rien à faire.
connect-same-channel = Ce code a lui aussi été émis sur { $channel ->
        [telegram] Telegram
        [discord] Discord
       *[other] la console
    }. Un code associe des comptes sur deux plateformes différentes : veuillez le saisir depuis votre compte sur l’autre plateforme.
connect-channel-taken = Un autre compte { $channel ->
        [telegram] Telegram
        [discord] Discord
       *[other] de la console
    } est déjà associé au compte qui a émis ce code. Un seul compte par plateforme peut être associé ; pour le remplacer, écrivez au support (le contact figure dans /help).
connect-has-application = Ce compte a déjà sa propre candidature ; il ne peut donc pas être associé à un autre, car la fusion de deux candidatures n’est pas possible ici. Si vous souhaitez les regrouper, écrivez au support (le contact figure dans /help).
connect-too-many = Trop de codes erronés. Veuillez réessayer dans { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    }.

command-connect = Associer vos comptes Telegram et Discord
discord-command-connect = associer
discord-option-connect-code = Le code obtenu sur votre autre compte, si vous en avez un
