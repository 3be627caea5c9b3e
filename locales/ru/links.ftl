# Ссылки для отслеживания: /link, /links и пометка, которая нужна рекламной публикации.

links-not-registered = Вы ещё не участвуете в программе. Отправьте /start, чтобы подать заявку; после одобрения здесь можно будет создавать ссылки.
links-not-approved-pending = Ваша заявка ещё на рассмотрении. Создавать ссылки можно будет сразу после одобрения — я сообщу.
links-not-approved-rejected = Ссылки доступны одобренным участникам программы, а ваша заявка не была одобрена.
links-not-approved-suspended = Ваше участие приостановлено, поэтому создавать новые ссылки пока нельзя.
links-no-campaigns = Сейчас для вашей страны нет открытых кампаний. Я сообщу, когда появится новая.
links-choose = Для какой кампании нужна ссылка? Выберите ниже или пришлите ссылку на страницу товара на { $domains }.
links-created =
    Ваша ссылка для кампании «{ $campaign }»:
    { $url }

    Поставьте эту пометку в начало публикации:
    { $disclosure }
links-disclosure = Реклама. Рекламодатель: { $advertiser }
links-none = У вас пока нет ссылок. Отправьте /link, чтобы создать первую.
links-list =
    { $count ->
        [one] Ваша последняя { $count } ссылка:
        [few] Ваши последние { $count } ссылки:
        [many] Ваши последние { $count } ссылок:
       *[other] Ваши последние { $count } ссылки:
    }
links-item =
    { $campaign }: { $url }
    { $clicks ->
        [one] { $clicks } переход
        [few] { $clicks } перехода
        [many] { $clicks } переходов
       *[other] { $clicks } перехода
    }, { $orders ->
        [one] { $orders } заказ
        [few] { $orders } заказа
        [many] { $orders } заказов
       *[other] { $orders } заказа
    }, комиссия { $commission }
command-link = Создать ссылку для отслеживания
command-links = Ваши ссылки и их результаты
discord-command-link = ссылка
discord-command-links = ссылки
