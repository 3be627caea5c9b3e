# Поддержка: обращения блогера к сотрудникам программы (/support, /tickets, /reply).
# «Обращение» — один вопрос к человеку; сообщения «support-desk-*» видят только сотрудники.

command-support = Задать вопрос сотруднику
discord-command-support = поддержка
support-ask = Какой у вас вопрос? Опишите его одним сообщением — сотрудник нашей команды ответит здесь.
    .salecheck = Проверить незасчитанную продажу
support-opened = Спасибо. Ваш вопрос зарегистрирован как обращение № { $number }; сотрудник нашей команды ответит здесь. Всё, что вы напишете дальше, будет добавлено к нему.
support-already-open = Ваше обращение № { $number } ещё открыто: просто пишите здесь, и сообщения будут добавлены к нему. Когда вопрос решён, отправьте /close.
support-added = Добавлено к обращению № { $number }.
support-reply =
    Ответ нашей команды (обращение № { $number }):

    { $text }
support-closed = Обращение № { $number } закрыто. Насколько мы вам помогли? Оцените, пожалуйста, ответ от 1 до 5.
support-closed-self = Обращение № { $number } закрыто. Насколько мы вам помогли? Оцените, пожалуйста, ответ от 1 до 5.
support-rate-choice =
    { $stars ->
        [one] { $stars } звезда
        [few] { $stars } звезды
        [many] { $stars } звёзд
       *[other] { $stars } звезды
    }
support-reopen-choice = Открыть снова
support-rated = Спасибо за оценку ({ $stars } из 5).
support-rate-once = Это обращение уже оценено или снова открыто.
support-reopened = Обращение № { $number } снова открыто: напишите своё сообщение здесь.
support-none-open = У вас нет открытых обращений. Чтобы задать вопрос сотруднику, отправьте /support.

# Сотрудники: в чате и в командной строке.
support-state =
    { $state ->
        [open] ждёт ответа сотрудника
        [waiting] ждёт ответа блогера
       *[closed] закрыто
    }
support-list-empty = Открытых обращений нет.
support-list =
    { $count ->
        [one] { $count } открытое обращение, сначала самые старые:
        [few] { $count } открытых обращения, сначала самые старые:
        [many] { $count } открытых обращений, сначала самые старые:
       *[other] { $count } открытого обращения, сначала самые старые:
    }
    { $tickets }

    /tickets N — показать обращение, /reply N текст — ответить, /close N — закрыть.
support-list-item = № { $number } · { $state } · { $locale } · { $channel } · { $subject }
support-show =
    { $ticket }

    { $messages }
support-show-message = { $who }: { $text }
support-author =
    { $direction ->
        [in] Блогер
       *[out] Сотрудник ({ $author })
    }
support-media =
    { $media ->
        [photo] [фото]
        [document] [документ]
       *[other] [без текста]
    }
support-no-ticket = Обращения № { $number } не существует.
support-reply-usage =
    Чтобы ответить на обращение, отправьте /reply с его номером и текстом, например:
    /reply 12 Продажа будет подтверждена после периода удержания.
support-reply-sent = Отправлено блогеру по обращению № { $number }.
support-ticket-closed = Обращение № { $number } закрыто; блогер может открыть его снова.
support-closed-staff = Обращение № { $number } закрыто; блогера попросили оценить ответ.
staff-support-summary =
    Поддержка: { $open ->
        [one] { $open } открытое обращение
        [few] { $open } открытых обращения
        [many] { $open } открытых обращений
       *[other] { $open } открытого обращения
    }; медианное время первого ответа за последние 30 дней: { $median }.
    /tickets — открытые обращения; /reply N текст — ответить; /close N — закрыть
staff-support-no-median = ответов пока нет
staff-support-minutes =
    { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }

# Рабочее место сотрудников (тема форума в Telegram, закрытая ветка в Discord).
support-desk-topic = № { $number } · { $locale } · { $country }
support-card =
    Обращение № { $number } · { $state }
    { $name } · { $account }
    Заявка: { $status } · уровень { $tier }
    Страна: { $country } · язык: { $locale }
    Каналы: { $channels }
    Баланс: { $balance }
    Последние заказы: { $orders }
    Открытые запросы на выплату: { $payouts }
    Прежние обращения: { $earlier }

    Чтобы ответить, напишите в этой теме; /close закрывает обращение.
support-card-none = нет
support-desk-user-text = Блогер: { $text }
support-desk-reopened = Блогер снова открыл обращение.
support-desk-closed-by-user = Блогер закрыл обращение.
support-desk-closed = Обращение закрыл { $actor }; блогера попросили оценить ответ.
support-desk-rated = Блогер оценил ответ на { $rating } из 5.
support-desk-denied = Не отправлено: чтобы отвечать на обращения, нужна роль «support».
support-desk-blocked = Не доставлено: блогер заблокировал бота.
support-desk-not-ticket = Эта тема не является открытым обращением; ничего не отправлено.

# Discord: рабочее место — канал сервера сотрудников (/setup support), закрытая ветка на каждое обращение.
setup-support-done = Готово: для каждого нового обращения в { $channel } будет создаваться закрытая ветка с карточкой блогера. Сотрудники отвечают в ней командой /reply.
discord-command-setup-support = Выбрать канал для веток обращений в поддержку
discord-option-support-channel = Канал сотрудников для веток обращений
discord-command-reply = ответить
command-reply = Ответить на обращение этой ветки
discord-option-reply-text = Ваш ответ — так его прочитает блогер
discord-option-support-question = Ваш вопрос одним сообщением

# Злоупотребления: ограничение частоты и блокировка (/block, /unblock — сотрудники поддержки).
abuse-slow-down =
    { $seconds ->
        [one] Вы отправляете сообщения слишком часто. Подождите { $seconds } секунду и попробуйте снова.
        [few] Вы отправляете сообщения слишком часто. Подождите { $seconds } секунды и попробуйте снова.
        [many] Вы отправляете сообщения слишком часто. Подождите { $seconds } секунд и попробуйте снова.
       *[other] Вы отправляете сообщения слишком часто. Подождите { $seconds } секунды и попробуйте снова.
    }
abuse-blocked = Ваш доступ к этому боту приостановлен. Если вы считаете, что это ошибка, напишите на { $contact }.
abuse-block-usage =
    Чтобы заблокировать пользователя, отправьте /block с аккаунтом и, при желании, причиной, например:
    /block telegram:123456789 спам в комментариях
abuse-unblock-usage =
    Чтобы разблокировать пользователя, отправьте /unblock с аккаунтом, например:
    /unblock telegram:123456789
abuse-unknown-account = С аккаунта { $account } боту никто не писал.
abuse-not-yourself = Заблокировать самого себя нельзя.
abuse-already-blocked = { $account } уже заблокирован, ничего не изменилось.
abuse-not-blocked = { $account } не заблокирован, ничего не изменилось.
abuse-blocked-done =
    { $tickets ->
        [0] Готово: { $account } заблокирован. Его сообщения игнорируются, рассылки его пропускают.
        [one] Готово: { $account } заблокирован, закрыто { $tickets } открытое обращение. Его сообщения игнорируются, рассылки его пропускают.
        [few] Готово: { $account } заблокирован, закрыто { $tickets } открытых обращения. Его сообщения игнорируются, рассылки его пропускают.
        [many] Готово: { $account } заблокирован, закрыто { $tickets } открытых обращений. Его сообщения игнорируются, рассылки его пропускают.
       *[other] Готово: { $account } заблокирован, закрыто { $tickets } открытого обращения. Его сообщения игнорируются, рассылки его пропускают.
    }
abuse-unblocked-done = Готово: { $account } разблокирован и снова может пользоваться ботом.
