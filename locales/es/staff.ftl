# Roles del personal: los asignan y retiran los propietarios del programa (/grant, /revoke, /staff).
# Solo el personal ve estos mensajes; los identificadores de rol (admin, reviewer...) se escriben tal cual.

staff-role =
    { $role ->
        [admin] administración
        [reviewer] revisión de solicitudes
        [support] soporte
        [broadcaster] difusión
       *[owner] propietario
    }
staff-role-missing = Para esto se necesita el rol «{ $role }», que usted no tiene. Un propietario del programa puede asignárselo.
staff-grant-usage =
    Para asignar un rol, envíe /grant seguido de la cuenta y el rol, por ejemplo:
    /grant telegram:123456789 reviewer

    Roles: admin, reviewer, support, broadcaster. La cuenta se escribe como canal:id (telegram, discord o console); un número solo indica una cuenta en esta plataforma.
staff-revoke-usage =
    Para retirar un rol, envíe /revoke seguido de la cuenta y el rol, por ejemplo:
    /revoke telegram:123456789 reviewer
staff-bad-account = No reconozco «{ $account }» como cuenta. Escríbala como canal:id, por ejemplo telegram:123456789.
staff-bad-role = No existe el rol «{ $role }». Los roles son admin, reviewer, support y broadcaster.
staff-granted = Hecho: { $account } tiene ahora el rol «{ $role }».
staff-grant-exists = { $account } ya tiene el rol «{ $role }»; no ha cambiado nada.
staff-revoked = Hecho: { $account } ya no tiene el rol «{ $role }».
staff-revoke-missing = { $account } no tiene el rol «{ $role }»; no ha cambiado nada.
staff-overview =
    Sus roles: { $roles }.

    Comandos del personal:
    /review — revisar solicitudes (revisión de solicitudes)
    /broadcast — enviar una difusión; /broadcast status y /broadcast cancel para seguirla o detenerla (difusión)
    /staff — este resumen
    /console — un enlace de acceso a la consola del equipo en el navegador
    /grant y /revoke — asignar y retirar roles (propietarios)
staff-list =
    Propietarios: { $owners }

    Roles asignados:
    { $grants }
staff-list-item = { $account } — { $role } (desde el { $date }, por { $by })
staff-list-none = ninguno por ahora
staff-notify-granted = Ahora tiene el rol «{ $role }» en { $programme }. Envíe /staff para ver lo que puede hacer.
staff-notify-revoked = Se le ha retirado el rol «{ $role }» en { $programme }.
