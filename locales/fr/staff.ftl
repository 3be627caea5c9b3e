# Rôles du personnel : attribués et retirés par les propriétaires du programme (/grant, /revoke, /staff).
# Seul le personnel voit ces messages ; les identifiants de rôle (admin, reviewer...) se tapent tels quels.

staff-role =
    { $role ->
        [admin] administration
        [reviewer] examen des candidatures
        [support] assistance
        [broadcaster] diffusion
       *[owner] propriétaire
    }
staff-role-missing = Cette action nécessite le rôle « { $role } », que vous n’avez pas. Un propriétaire du programme peut vous l’attribuer.
staff-grant-usage =
    Pour attribuer un rôle, envoyez /grant suivi du compte et du rôle, par exemple :
    /grant telegram:123456789 reviewer

    Rôles : admin, reviewer, support, broadcaster. Le compte s’écrit canal:id (telegram, discord ou console) ; un nombre seul désigne un compte sur cette plateforme.
staff-revoke-usage =
    Pour retirer un rôle, envoyez /revoke suivi du compte et du rôle, par exemple :
    /revoke telegram:123456789 reviewer
staff-bad-account = Je ne reconnais pas « { $account } » comme un compte. Écrivez-le sous la forme canal:id, par exemple telegram:123456789.
staff-bad-role = Le rôle « { $role } » n’existe pas. Les rôles sont admin, reviewer, support et broadcaster.
staff-granted = C’est fait : { $account } a désormais le rôle « { $role } ».
staff-grant-exists = { $account } a déjà le rôle « { $role } » ; rien n’a changé.
staff-revoked = C’est fait : { $account } n’a plus le rôle « { $role } ».
staff-revoke-missing = { $account } n’a pas le rôle « { $role } » ; rien n’a changé.
staff-overview =
    Vos rôles : { $roles }.

    Commandes du personnel :
    /review — examiner les candidatures (examen des candidatures)
    /broadcast — envoyer une diffusion ; /broadcast status et /broadcast cancel pour la suivre ou l’arrêter (diffusion)
    /staff — cet aperçu
    /console — un lien de connexion à la console de l’équipe dans le navigateur
    /grant et /revoke — attribuer et retirer des rôles (propriétaires)
staff-list =
    Propriétaires : { $owners }

    Rôles attribués :
    { $grants }
staff-list-item = { $account } — { $role } (depuis le { $date }, par { $by })
staff-list-none = aucun pour l’instant
staff-notify-granted = Vous avez désormais le rôle « { $role } » dans { $programme }. Envoyez /staff pour voir ce que vous pouvez faire.
staff-notify-revoked = Votre rôle « { $role } » dans { $programme } vous a été retiré.
