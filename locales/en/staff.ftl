# Staff roles: granted and revoked by the programme's owners (/grant, /revoke, /staff).
# Only staff ever see these messages; role ids (admin, reviewer...) are typed as they are.

staff-role =
    { $role ->
        [admin] admin
        [reviewer] reviewer
        [support] support
        [broadcaster] broadcaster
       *[owner] owner
    }
staff-role-missing = This needs the “{ $role }” role, which you do not have. An owner of the programme can grant it.
staff-grant-usage =
    To give a role, send /grant with the account and the role, for example:
    /grant telegram:123456789 reviewer

    Roles: admin, reviewer, support, broadcaster. Write the account as channel:id (telegram, discord or console); a number alone means an account on this platform.
staff-revoke-usage =
    To take a role away, send /revoke with the account and the role, for example:
    /revoke telegram:123456789 reviewer
staff-bad-account = I cannot read “{ $account }” as an account. Write it as channel:id, for example telegram:123456789.
staff-bad-role = There is no role “{ $role }”. The roles are admin, reviewer, support and broadcaster.
staff-granted = Done: { $account } now has the “{ $role }” role.
staff-grant-exists = { $account } already has the “{ $role }” role; nothing has changed.
staff-revoked = Done: { $account } no longer has the “{ $role }” role.
staff-revoke-missing = { $account } does not have the “{ $role }” role; nothing has changed.
staff-overview =
    Your roles: { $roles }.

    Staff commands:
    /review — review applications (reviewers)
    /broadcast — send an announcement; /broadcast status and /broadcast cancel to follow or stop it (broadcasters)
    /staff — this overview
    /console — a sign-in link to the staff console in the browser
    /grant and /revoke — give and take away roles (owners)
staff-list =
    Owners: { $owners }

    Roles granted:
    { $grants }
staff-list-item = { $account } — { $role } (since { $date }, by { $by })
staff-list-none = none yet
staff-notify-granted = You now have the “{ $role }” role in { $programme }. Send /staff to see what you can do.
staff-notify-revoked = Your “{ $role }” role in { $programme } has been withdrawn.
