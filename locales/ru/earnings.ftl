# Заработок: /earnings, его кнопки и ответы на вопросы вроде «сколько я заработал в октябре?».
# Суммы показываются по валютам: разные валюты никогда не складываются.

earnings-not-registered = Вы ещё не участвуете в программе. Отправьте /start, чтобы подать заявку; после одобрения и первых продаж здесь появится ваш заработок.
earnings-not-approved-pending = Ваша заявка ещё на рассмотрении. После одобрения создайте ссылку командой /link — и здесь появится ваш заработок.
earnings-not-approved-rejected = Заработок доступен одобренным участникам программы, а ваша заявка не была одобрена.
earnings-no-links = У вас пока нет ссылок. Создайте ссылку командой /link: все переходы и продажи по ней будут видны здесь.
earnings-no-sales =
    Продаж пока нет. { $clicks ->
        [0] В этом месяце по вашим ссылкам ещё никто не переходил.
        [one] В этом месяце по вашим ссылкам был { $clicks } переход.
        [few] В этом месяце по вашим ссылкам было { $clicks } перехода.
        [many] В этом месяце по вашим ссылкам было { $clicks } переходов.
       *[other] В этом месяце по вашим ссылкам было { $clicks } перехода.
    }
    Делитесь ссылками (список — в /links) со своей аудиторией: комиссия появится здесь, как только кто-нибудь сделает заказ.

# $period — это earnings-period; $sections — части ниже, одна за другой.
earnings-report =
    Заработок — { $period }

    { $sections }
earnings-period =
    { $kind ->
        [today] сегодня, { $range }
        [yesterday] вчера, { $range }
        [this_week] эта неделя, { $range }
        [last_week] прошлая неделя, { $range }
        [last_days] { $days ->
            [1] последний день, { $range }
            [one] последние { $days } день, { $range }
            [few] последние { $days } дня, { $range }
            [many] последние { $days } дней, { $range }
           *[other] последние { $days } дня, { $range }
        }
        [this_month] этот месяц, { $range }
        [last_month] прошлый месяц, { $range }
        [this_year] этот год, { $range }
        [last_year] прошлый год, { $range }
        [since] с { $range }
        [all] за всё время
       *[other] { $range }
    }
earnings-amount = Заработано { $total }: { $pending } ожидает подтверждения, { $confirmed } подтверждено
earnings-amount-none = За этот период заработка нет.
earnings-amount-all = Заработано { $total }: { $pending } ожидает подтверждения, { $confirmed } подтверждено, { $paid } выплачено
earnings-stats =
    { $orders ->
        [one] { $orders } заказ
        [few] { $orders } заказа
        [many] { $orders } заказов
       *[other] { $orders } заказа
    } · { $clicks ->
        [one] { $clicks } переход
        [few] { $clicks } перехода
        [many] { $clicks } переходов
       *[other] { $clicks } перехода
    } · конверсия { NUMBER($rate, style: "percent", maximumFractionDigits: 1) }
earnings-stats-no-clicks =
    { $orders ->
        [one] { $orders } заказ
        [few] { $orders } заказа
        [many] { $orders } заказов
       *[other] { $orders } заказа
    } · переходов нет
earnings-cancelled =
    { $count ->
        [one] Отменён { $count } заказ (без комиссии).
        [few] Отменено { $count } заказа (без комиссии).
        [many] Отменено { $count } заказов (без комиссии).
       *[other] Отменено { $count } заказа (без комиссии).
    }
earnings-glance =
    Сводка:
    Сегодня: { $today }
    За 7 дней: { $week }
    Этот месяц: { $month }
    Прошлый месяц: { $lastMonth }
    За всё время: { $all }
earnings-glance-none = пока ничего
earnings-balance =
    Ваш баланс:
    { $lines }
earnings-balance-pending = Ожидает подтверждения: { $amount }
earnings-balance-pending-next = Ожидает подтверждения: { $amount }, первые подтверждения с { DATETIME($date, dateStyle: "long") }
earnings-balance-pending-late = Ожидает подтверждения: { $amount }, ждём подтверждения от магазина
earnings-balance-confirmed = Подтверждено: { $amount }
earnings-balance-confirmed-requested = Подтверждено: { $amount }, из них { $requested } запрошено к выплате
earnings-balance-owed = Ваш долг: { $amount } (уже выплаченная комиссия удержана из-за возврата); он будет погашен из следующих подтверждённых продаж
earnings-balance-paid = Выплачено: { $amount }
earnings-tier = Ваш уровень: «{ $tier }».
earnings-top =
    Лучшие ссылки:
    { $lines }
earnings-top-line =
    { $position }. { $code } ({ $campaign }): { $amounts }, { $orders ->
        [one] { $orders } заказ
        [few] { $orders } заказа
        [many] { $orders } заказов
       *[other] { $orders } заказа
    }, { $clicks ->
        [one] { $clicks } переход
        [few] { $clicks } перехода
        [many] { $clicks } переходов
       *[other] { $clicks } перехода
    }
earnings-orders =
    Последние заказы:
    { $lines }
earnings-order =
    { DATETIME($date, dateStyle: "medium") }, { $code }: заказ на { $amount }, комиссия { $commission } — { $status ->
        [pending] ожидает подтверждения до { DATETIME($until, dateStyle: "medium") }
        [confirmed] подтверждена
        [refunded] деньги возвращены покупателю
        [partly-refunded] покупателю возвращено { $refunded }
       *[reversed] заказ отменён
    }
earnings-button =
    .today = Сегодня
    .week = 7 дней
    .month = Этот месяц
    .last-month = Прошлый месяц
    .all = Всё время
    .links = По ссылкам
    .back = Назад

## По ссылкам

earnings-links =
    Ваши ссылки — { $period }

    { $lines }
earnings-links-none = За этот период по вашим ссылкам не было ни переходов, ни заказов.
earnings-links-line =
    { $position }. { $code } ({ $campaign }): { $clicks ->
        [one] { $clicks } переход
        [few] { $clicks } перехода
        [many] { $clicks } переходов
       *[other] { $clicks } перехода
    }, { $orders ->
        [one] { $orders } заказ
        [few] { $orders } заказа
        [many] { $orders } заказов
       *[other] { $orders } заказа
    }, { $amounts }
earnings-links-more =
    { $count ->
        [one] …и ещё { $count } ссылка.
        [few] …и ещё { $count } ссылки.
        [many] …и ещё { $count } ссылок.
       *[other] …и ещё { $count } ссылки.
    }
earnings-link =
    Ссылка { $code } ({ $campaign }) — { $period }
    { $url }

    { $sections }
earnings-link-nothing = без комиссии

## Вопросы своими словами

earnings-pending =
    Комиссия, ожидающая подтверждения, по датам, когда её можно подтвердить:
    { $lines }
    Магазин подтверждает заказ, когда закончится срок возврата; после этого комиссию можно вывести.
earnings-pending-line =
    { DATETIME($date, dateStyle: "long") }: { $amount } ({ $orders ->
        [one] { $orders } заказ
        [few] { $orders } заказа
        [many] { $orders } заказов
       *[other] { $orders } заказа
    })
earnings-pending-late-line =
    Ждём подтверждения от магазина: { $amount } ({ $orders ->
        [one] { $orders } заказ
        [few] { $orders } заказа
        [many] { $orders } заказов
       *[other] { $orders } заказа
    })
earnings-pending-later =
    Позже: { $amount } ({ $orders ->
        [one] { $orders } заказ
        [few] { $orders } заказа
        [many] { $orders } заказов
       *[other] { $orders } заказа
    })
earnings-pending-none = Сейчас ничего не ожидает подтверждения: вся ваша комиссия подтверждена. Отправьте /earnings, чтобы увидеть баланс.
earnings-payout =
    { $lines }
    Выплатить можно только подтверждённую комиссию: магазин подтверждает заказ, когда закончится срок возврата.
earnings-payout-ready = У вас { $amount } подтверждённой комиссии, доступной к выплате: отправьте /payout, чтобы её запросить.
earnings-payout-short = У вас { $available } подтверждённой комиссии, доступной к выплате. Минимальная выплата — { $minimum }, не хватает { $missing }.
earnings-payout-eta = Нужная сумма наберётся { DATETIME($date, dateStyle: "long") }, если ожидающие заказы подтвердятся в срок.
earnings-payout-eta-shop = Ожидающих заказов для этого хватит, как только магазин их подтвердит.
earnings-payout-requested = Ваш запрос на выплату { $amount } от { DATETIME($date, dateStyle: "long") } обрабатывается.
earnings-payout-none = Сейчас нет подтверждённой комиссии к выплате. Комиссия становится подтверждённой, когда магазин подтверждает заказ; спросите «что в ожидании?», чтобы узнать, когда это будет.
earnings-examples =
    Не могу понять, о каком периоде речь. Можно спросить, например:
    • мой заработок за сегодня
    • заработок за октябрь
    • сколько заказов на прошлой неделе?
    • заработок с 1 октября
    • что в ожидании?
    • когда выплата?
    Или отправьте /earnings.
earnings-future = Этот период ещё не начался, поэтому показывать пока нечего. Спросите о сегодняшнем дне или о более раннем периоде либо отправьте /earnings.

## Меню команд

command-earnings = Ваш заработок, переходы и заказы
discord-command-earnings = заработок
