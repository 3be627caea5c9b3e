# Роли сотрудников: их выдают и отзывают владельцы программы (/grant, /revoke, /staff).
# Эти сообщения видят только сотрудники; идентификаторы ролей (admin, reviewer...) вводятся как есть.

staff-role =
    { $role ->
        [admin] администратор
        [reviewer] проверка заявок
        [support] поддержка
        [broadcaster] рассылки
       *[owner] владелец
    }
staff-role-missing = Для этого нужна роль «{ $role }», а у вас её нет. Выдать её может владелец программы.
staff-grant-usage =
    Чтобы выдать роль, отправьте /grant с аккаунтом и ролью, например:
    /grant telegram:123456789 reviewer

    Роли: admin, reviewer, support, broadcaster. Аккаунт указывается как канал:id (telegram, discord или console); просто число означает аккаунт на этой платформе.
staff-revoke-usage =
    Чтобы отозвать роль, отправьте /revoke с аккаунтом и ролью, например:
    /revoke telegram:123456789 reviewer
staff-bad-account = Не удаётся распознать аккаунт «{ $account }». Укажите его как канал:id, например telegram:123456789.
staff-bad-role = Роли «{ $role }» не существует. Доступные роли: admin, reviewer, support и broadcaster.
staff-granted = Готово: у { $account } теперь есть роль «{ $role }».
staff-grant-exists = У { $account } уже есть роль «{ $role }», ничего не изменилось.
staff-revoked = Готово: у { $account } больше нет роли «{ $role }».
staff-revoke-missing = У { $account } нет роли «{ $role }», ничего не изменилось.
staff-overview =
    Ваши роли: { $roles }.

    Команды для сотрудников:
    /review — проверка заявок (для проверяющих)
    /broadcast — рассылка; /broadcast status и /broadcast cancel — её ход и отмена (для тех, кто делает рассылки)
    /staff — этот обзор
    /console — ссылка для входа в консоль сотрудников в браузере
    /grant и /revoke — выдача и отзыв ролей (для владельцев)
staff-list =
    Владельцы: { $owners }

    Выданные роли:
    { $grants }
staff-list-item = { $account } — { $role } (выдана { $date }, кем: { $by })
staff-list-none = пока нет
staff-notify-granted = Теперь у вас есть роль «{ $role }» в программе «{ $programme }». Отправьте /staff, чтобы узнать, что вам доступно.
staff-notify-revoked = Ваша роль «{ $role }» в программе «{ $programme }» отозвана.
