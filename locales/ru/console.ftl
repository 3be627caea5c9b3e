# Веб-консоль сотрудников (команда /console в чате даёт одноразовую ссылку для входа). Видят только сотрудники.

## В чате

console-link =
    Ваша личная ссылка для входа в консоль сотрудников:
    { $url }

    Она действует один раз в течение { $minutes ->
        [one] { $minutes } минуты
        [few] { $minutes } минут
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    } и открывает консоль с ролями этого аккаунта. Никому её не передавайте.
console-off = Консоль сотрудников в этой программе не включена (не задан BOT_CONSOLE_SECRET).

## Вход и выход

console-title = Консоль сотрудников
console-login-title = Вход в консоль сотрудников
console-login-as = Вы входите как { $account }.
console-login-button = Войти
console-login-used = Эта ссылка для входа уже использована. Отправьте /console в чате, чтобы получить новую.
console-login-expired = Срок действия этой ссылки истёк. Отправьте /console в чате, чтобы получить новую.
console-login-unknown = Эта ссылка для входа недействительна. Отправьте /console в чате, чтобы получить новую.
console-refused-title = Доступ запрещён
console-signed-out = Вы не вошли в консоль или ваш сеанс завершён. Отправьте /console в чате, чтобы получить ссылку для входа.
console-signed-out-done = Вы вышли из консоли. Чтобы вернуться, отправьте /console в чате.
console-role-missing = Для этой страницы нужна роль «{ $role }», а у вас её нет. Выдать её может владелец программы.
console-csrf = Эта форма устарела или отправлена не из консоли. Откройте страницу заново и повторите действие.
console-sign-out = Выйти

## Навигация

console-nav-overview = Обзор
console-nav-applications = Заявки
console-nav-campaigns = Кампании
console-nav-payouts = Выплаты
console-nav-broadcasts = Рассылки
console-nav-staff = Роли
console-nav-audit = Журнал действий

## Общие слова

console-none = Пока ничего нет.
console-any = любая
console-name = Имя
console-country = Страна
console-countries = Страны
console-all-countries = все страны
console-platforms = Платформы
console-audience = Аудитория
console-submitted = Подана
console-niche = Тематика
console-account = Аккаунт
console-role = Роль
console-since = С
console-by = Кем
console-created = Создана
console-state = Состояние
console-amount = Сумма
console-reason = Причина
console-reference = Номер платежа
console-when = Когда
console-action = Действие
console-subject = Объект
console-details = Подробности
console-apply-filters = Показать
console-days =
    { $count ->
        [one] { $count } день
        [few] { $count } дня
        [many] { $count } дней
       *[other] { $count } дня
    }
console-requests =
    { $count ->
        [one] { $count } запрос
        [few] { $count } запроса
        [many] { $count } запросов
       *[other] { $count } запроса
    }
console-status-label = Статус
console-status =
    { $status ->
        [draft] Не подана
        [pending] На проверке
        [approved] Одобрена
        [rejected] Отклонена
        [suspended] Приостановлена
       *[other] { $status }
    }

## Обзор

console-applications-waiting = Заявки ждут проверки
console-payouts-waiting = Выплаты к оплате
console-influencers-by-status = Блогеры по статусу
console-influencers-by-tier = Одобренные блогеры по уровням
console-last-days = { $days ->
        [1] Последний день
        [one] Последние { $days } день
        [few] Последние { $days } дня
        [many] Последние { $days } дней
       *[other] Последние { $days } дня
    }
console-chart-clicks = Переходы по дням
console-chart-orders = Заказы по дням
console-chart-commission = Комиссия по дням ({ $currency })
console-broadcasts-active = Текущие рассылки

## Заявки

console-applications-claimable =
    { $count ->
        [0] Сейчас нет заявок, которые можно взять на проверку.
        [one] Сейчас на проверку можно взять { $count } заявку.
        [few] Сейчас на проверку можно взять { $count } заявки.
        [many] Сейчас на проверку можно взять { $count } заявок.
       *[other] Сейчас на проверку можно взять { $count } заявки.
    }
console-filter-country = Страна (две буквы)
console-filter-platform = Платформа
console-filter-min-audience = Аудитория не меньше
console-sort = Порядок
console-sort-oldest = сначала старые
console-sort-audience = сначала с большей аудиторией
console-review = Проверить
console-release = Вернуть в очередь
console-held-by = Проверяет { $actor }
console-held-until = Заявка закреплена за вами до { $time }.
console-application-taken = Эту заявку уже проверяет кто-то другой, или решение по ней уже принято.
console-application-not-held = Эта заявка больше не закреплена за вами: решение по ней уже принято, или срок закрепления истёк и её взял другой сотрудник.
console-application-approved = Заявка одобрена: { $name }. Уведомление отправлено заявителю.
console-application-rejected = Заявка отклонена: { $name }. Причина отправлена заявителю.
console-application-asked = Вопрос отправлен: { $name }. Заявка вернётся в очередь вместе с ответом.
console-application-released = Заявка возвращена в очередь.
console-reason-missing = Выберите причину.

## Кампании

console-campaign-new = Новая кампания
console-campaign-create = Создать кампанию
console-destination = Адрес перехода
console-currency = Валюта
console-rates = Комиссия
console-rate-for = Комиссия для уровня { $tier } (в базисных пунктах, 800 = 8 %)
console-window = Атрибуция / удержание
console-window-days = Окно атрибуции (дней)
console-lock-days = Срок удержания (дней)
console-domains = Разрешённые домены товаров (через пробел)
console-starts = Начало
console-ends = Окончание
console-campaign-state =
    { $active ->
        [yes] Активна
       *[no] Приостановлена
    }
console-campaign-edit = Изменить «{ $name }»
console-campaign-save = Сохранить изменения
console-campaign-saved = Кампания «{ $name }» изменена; новые переходы и продажи идут по новым условиям.
console-campaign-figures = За { $days ->
        [1] последний день
        [one] последние { $days } день
        [few] последние { $days } дня
        [many] последние { $days } дней
       *[other] последние { $days } дня
    }
console-orders-count =
    { $count ->
        [one] { $count } заказ
        [few] { $count } заказа
        [many] { $count } заказов
       *[other] { $count } заказа
    }
console-campaign-pause = Приостановить
console-campaign-resume = Возобновить
console-campaign-added = Кампания «{ $name }» создана.
console-campaign-paused = Кампания «{ $name }» приостановлена: её ссылки перестанут работать в течение нескольких секунд.
console-campaign-resumed = Кампания «{ $name }» снова активна.
console-campaign-missing = Кампании «{ $name }» не существует.
console-campaign-exists = Кампания «{ $name }» уже существует.
console-campaign-bad-name = Укажите название кампании.
console-campaign-bad-url = Адрес перехода должен начинаться с http:// или https://.
console-campaign-bad-currency = Валюта указывается трёхбуквенным кодом ISO 4217, например EUR.
console-campaign-bad-days = Окно атрибуции и срок удержания не могут быть отрицательными.
console-campaign-bad-ends = Окончание должно быть позже начала.
console-campaign-bad-domain = «{ $detail }» — не доменное имя.
console-campaign-bad-rate = Укажите комиссию хотя бы для одного уровня: от 0 до 10 000 базисных пунктов.
console-campaign-bad-number = Числа и даты нужно писать цифрами (даты — в виде 2026-12-01).

## Выплаты

console-payouts-empty = Запросов на выплату нет.
console-payouts-more =
    { $count ->
        [one] За ними ждёт ещё { $count } запрос: сначала оплатите эти или скачайте CSV.
        [few] За ними ждут ещё { $count } запроса: сначала оплатите эти или скачайте CSV.
        [many] За ними ждут ещё { $count } запросов: сначала оплатите эти или скачайте CSV.
       *[other] За ними ждут ещё { $count } запроса: сначала оплатите эти или скачайте CSV.
    }
console-payout-details = Куда
console-csv = Скачать очередь в CSV
console-pay = Отметить как оплаченный
console-reject = Отклонить
console-sepa-export = Файл SEPA по выбранным запросам (они будут отмечены как оплаченные)
console-sepa-off = Для файлов SEPA нужен счёт программы: задайте BOT_SEPA_DEBTOR_NAME и BOT_SEPA_DEBTOR_IBAN.
console-sepa-invalid = Не удалось сформировать файл SEPA: проверьте счёт программы (BOT_SEPA_DEBTOR_IBAN и BOT_SEPA_DEBTOR_BIC) и банковские реквизиты блогеров. Ни один запрос не отмечен как оплаченный.
console-sepa-none = Выберите хотя бы один запрос для файла SEPA.
console-sepa-not-eligible = Запрос № { $id } нельзя включить в файл SEPA: в него попадают только открытые запросы в евро на банковский счёт.
console-payout-paid = Запрос № { $id } отмечен как оплаченный, блогер уведомлён.
console-payout-rejected = Запрос № { $id } отклонён, деньги снова доступны блогеру.
console-payout-refused =
    { $reason ->
        [not_found] Такого запроса на выплату нет.
        [already_paid] По этому запросу уже заплачено или принято решение.
        [already_rejected] Этот запрос отклонён: его нельзя ни оплатить, ни отклонить повторно.
        [reference_used] Этот номер платежа уже использован для другой выплаты; у каждого платежа свой номер.
        [insufficient_balance] Подтверждённый баланс блогера теперь меньше суммы запроса (продажи были отменены): отклоните запрос с указанием причины.
        [bad_reference] Номер платежа — от 1 до 64 печатных символов.
        [bad_reason] Причина — от 1 до 500 символов.
       *[other] Не удалось записать выплату.
    }

## Рассылки

console-broadcast-new = Новая рассылка
console-broadcast-texts = Тексты
console-broadcast-fallback = Если своего текста нет, читатели этого языка получат текст на языке
console-broadcast-button = Кнопка со ссылкой
console-broadcast-recipients = Получатели
console-registered-since = Зарегистрированы с
console-active-since = Активны с
console-send-at = Отправить в (UTC)
console-broadcast-count = Посчитать получателей и показать предпросмотр
console-broadcast-send = Отправить
console-broadcast-no-text = Напишите текст хотя бы на одном языке.
console-broadcast-invalid = С такими настройками рассылку создать нельзя: проверьте кнопку и языки.
console-broadcast-created = Рассылка № { $id } создана.
console-broadcast-cancelled = Рассылка № { $id } отменена; сообщения, которые уже в пути, всё равно будут доставлены.
console-broadcast-title = Рассылка № { $id }
console-broadcast-cancel = Отменить рассылку
console-broadcast-state =
    { $state ->
        [scheduled] Запланирована
        [running] Отправляется
        [cancelled] Отменена
        [done] Завершена
       *[other] { $state }
    }
console-sent = Отправлено
console-failed = Ошибки
console-blocked = Заблокировали бота
console-skipped = Пропущено
console-unknown = Неизвестно, дошло ли
console-cancelled = Не отправлено (отмена)
console-remaining = Осталось
console-cancelled-by = кто отменил: { $actor }

## Роли, сеансы и журнал действий

console-owners = Владельцы: { $owners }
console-roles-change = Выдать или отозвать роль
console-grant = Выдать
console-revoke = Отозвать
console-bad-account = «{ $account }» — не аккаунт. Укажите его как канал:id, например telegram:123456789.
console-sessions = Кто вошёл в консоль
console-signed-in = Вход
console-last-seen = Последняя активность
console-signout-all = Завершить все сеансы этого аккаунта
console-signed-out-account =
    { $count ->
        [0] У { $account } не было открытых сеансов.
        [one] Для { $account } завершён { $count } сеанс.
        [few] Для { $account } завершено { $count } сеанса.
        [many] Для { $account } завершено { $count } сеансов.
       *[other] Для { $account } завершено { $count } сеанса.
    }
console-last-days-input = Период (дней)

## Блогеры

console-nav-influencers = Блогеры
console-search = Имя, ник, аккаунт или код ссылки
console-search-short = Имена и ники ищутся от трёх символов; по более короткому запросу находятся только аккаунты и коды ссылок.
console-tier = Уровень
console-tier-button = Установить уровень
console-tier-invalid = Уровень — от 1 до 16 строчных латинских букв, цифр или _.
console-tier-set = Теперь уровень: { $tier }.
console-suspend = Приостановить
console-reinstate = Восстановить
console-suspended = Участие блогера приостановлено.
console-reinstated = Участие блогера восстановлено.
console-status-unchanged = Ничего не изменилось: статус тем временем уже поменяли.
console-balance = Баланс
console-pending = В ожидании
console-confirmed = Подтверждено
console-paid = Выплачено
console-links = Ссылки
console-code = Код
console-clicks = Переходы
console-orders = Заказы
console-trail = Заметки и журнал действий
console-note = Внутренняя заметка (видят только сотрудники)
console-note-button = Добавить заметку
console-note-added = Заметка добавлена.

## Кампании: правила командной строки (python -m bot campaign add) в формулировках для сотрудников
console-deeplink = Диплинк на страницу товара (необязательно)
console-advertiser = Наименование рекламодателя (обязательно для России)
console-advertiser-inn = ИНН рекламодателя (обязательно для России)
console-erid = Идентификатор рекламы (erid)
console-campaign-bad-name-long = Наибольшая длина названия — { $max ->
        [one] { $max } символ
        [few] { $max } символа
        [many] { $max } символов
       *[other] { $max } символа
    }.
console-campaign-bad-url-long = Наибольшая длина адреса перехода — { $max ->
        [one] { $max } символ
        [few] { $max } символа
        [many] { $max } символов
       *[other] { $max } символа
    }.
console-campaign-bad-deeplink-long = Наибольшая длина диплинка — { $max ->
        [one] { $max } символ
        [few] { $max } символа
        [many] { $max } символов
       *[other] { $max } символа
    }.
console-campaign-bad-deeplink-scheme = Диплинк должен начинаться с http:// или https://.
console-campaign-bad-url-host = Адрес перехода ведёт на { $host }, а этого домена нет среди разрешённых ({ $domains }): ссылки кампании не смогут перенаправлять покупателей. Добавьте этот домен или исправьте адрес.
console-campaign-bad-deeplink-host = Диплинк ведёт на { $host }, а этого домена нет среди разрешённых ({ $domains }): ссылки кампании не смогут перенаправлять покупателей. Добавьте этот домен или исправьте адрес.
console-campaign-bad-deeplink-page = В диплинке должно быть { $placeholder } — на это место подставляется адрес страницы товара.
console-campaign-bad-days-long = Окно атрибуции и срок удержания не могут превышать { $max ->
        [one] { $max } день
        [few] { $max } дня
        [many] { $max } дней
       *[other] { $max } дня
    }.
console-campaign-bad-country = «{ $country }» — не двухбуквенный код страны (например, FR).
console-campaign-bad-advertiser = Наименование рекламодателя должно содержать от { $min } до { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
console-campaign-bad-inn = «{ $inn }» — неверный ИНН: 10 цифр для организации или 12 для физического лица, с правильными контрольными цифрами.
console-campaign-bad-erid = erid — это идентификатор рекламы из реестра: только буквы и цифры, не более 64 знаков.
console-campaign-bad-advertiser-needed = Для кампании на рынке { $markets } нужны наименование и ИНН рекламодателя: маркировка рекламы там должна их указывать.

## Выплаты: недавно изменённые реквизиты (с этого часто начинается мошенничество)
console-payout-details-changed = Реквизиты для выплаты изменены { $when }: перед оплатой подтвердите их у блогера.

## Обращения в поддержку
console-tickets-open = Открытые обращения в поддержку
console-tickets = Обращения в поддержку
console-ticket-subject = Тема
console-ticket-updated = Последняя активность
console-ticket-state =
    { $state ->
        [open] Ждёт ответа сотрудника
        [waiting] Ждёт ответа блогера
       *[closed] Закрыто
    }
