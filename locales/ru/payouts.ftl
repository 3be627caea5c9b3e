# Выплаты: /payout, реквизиты для выплат и сообщения о том, что запрос оплачен или отклонён.

payout-not-registered = Вы ещё не участвуете в программе. Отправьте /start, чтобы подать заявку; после одобрения и подтверждения продаж здесь можно будет запросить выплату.
payout-not-approved = Выплаты доступны одобренным участникам программы. Если вы считаете, что это ошибка, напишите { $support }.
payout-nothing-available = У вас пока нет подтверждённого заработка для выплаты. Комиссию можно получить, когда магазин подтвердит продажу по окончании периода удержания.
payout-nothing-confirmed = Пока ничего не подтверждено: { $pending } ждёт подтверждения продаж магазином. Эту сумму можно будет получить после периода удержания.
payout-already-requested = Весь ваш подтверждённый заработок уже включён в запрос на выплату ({ $requests }). Я сообщу, как только он будет оплачен.
payout-request-line = № { $id }: { $amount }
payout-below-minimum = У вас подтверждено { $available }, а минимальная сумма выплаты — { $minimum }. Запросить выплату можно, как только наберётся минимальная сумма.
payout-method-current = Ваши реквизиты для выплат: { $method }.
    .change = Изменить реквизиты
payout-method-missing = Вы ещё не указали реквизиты для выплат.
    .add = Указать реквизиты
payout-method-needed = Чтобы запросить выплату, мне нужно знать, куда её перевести. Эти данные используются только для выплат вам.
payout-method-kind = Как вы хотите получать выплаты?
    .iban = Банковский перевод (IBAN)
    .paypal = PayPal
    .card = Банковская карта
    .sbp = Система быстрых платежей (СБП)
    .blik = BLIK
payout-holder = Укажите полное имя владельца счёта — точно так, как оно записано в банке.
payout-holder-invalid = Введите, пожалуйста, полное имя владельца счёта буквами, от { $min } до { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
payout-iban = Отправьте IBAN счёта, например FR76 3000 6000 0112 3456 7890 189.
payout-iban-invalid = Это неверный IBAN: не совпадает длина или контрольные цифры. Скопируйте его ещё раз из банковского приложения или выписки.
payout-paypal = Отправьте адрес электронной почты вашего аккаунта PayPal.
payout-method-saved = Сохранено: выплаты будут поступать на { $method }.
payout-confirm = Запросить выплату { $amounts } на { $method }?
    .confirm = Запросить выплату
    .change = Изменить реквизиты
    .cancel = Не сейчас
payout-requested = Запрос на выплату № { $id } отправлен: { $amount } на { $method }. Я сообщу, когда он будет оплачен.
payout-above-balance = С момента моего вопроса доступная сумма изменилась: сейчас можно запросить { $available }, поэтому прежняя сумма не запрошена.
payout-cancelled = Хорошо, ничего не запрошено.
payout-paid = Выплата № { $id } на сумму { $amount } отправлена на { $method }. Номер платежа: { $reference }. В зависимости от банка зачисление может занять несколько рабочих дней.
payout-rejected = Запрос на выплату № { $id } на сумму { $amount } отклонён: { $reason }. Деньги снова доступны; когда вопрос будет решён, отправьте /payout, чтобы запросить их.
command-payout = Запросить выплату заработка
discord-command-payout = выплата

# Способы выплат по рынкам: банковская карта, Система быстрых платежей (СБП) и BLIK.
payout-no-method-here = Выплаты в вашу страну пока не настроены. Напишите, пожалуйста, в { $support } — мы найдём способ вам заплатить.
payout-card = Отправьте номер банковской карты для выплат (от 16 до 19 цифр, как на карте). Показываться будут только последние четыре цифры.
payout-card-invalid = Это неверный номер карты: проверьте цифры (выплаты поступают на карты «Мир», Visa, Mastercard и других крупных платёжных систем).
payout-sbp-bank = В какой банк перевести деньги через Систему быстрых платежей (СБП)?
    .sber = { payout-bank-sber }
    .tbank = { payout-bank-tbank }
    .vtb = { payout-bank-vtb }
    .alfa = { payout-bank-alfa }
    .gazprombank = { payout-bank-gazprombank }
    .raiffeisen = { payout-bank-raiffeisen }
    .ozon = { payout-bank-ozon }
    .yandex = { payout-bank-yandex }
payout-sbp-phone = Отправьте номер мобильного телефона, привязанный к счёту в этом банке, например +7 916 123-45-67.
payout-phone-invalid-ru = Это не российский номер мобильного телефона. Отправьте его с кодом страны, например +7 916 123-45-67.
payout-blik-phone = Отправьте польский номер мобильного телефона, подключённый к переводам BLIK, например +48 512 345 678.
payout-phone-invalid-pl = Это не польский номер мобильного телефона. Отправьте его с кодом страны, например +48 512 345 678.
payout-shown-iban = банковский счёт { $masked }
payout-shown-paypal = PayPal { $masked }
payout-shown-card = карта { $system } { $masked }
payout-shown-sbp = СБП { $masked } ({ $bank })
payout-shown-blik = BLIK { $masked }
payout-card-system-mir = «Мир»
payout-card-system-visa = Visa
payout-card-system-mastercard = Mastercard
payout-card-system-maestro = Maestro
payout-card-system-unionpay = UnionPay
payout-card-system-amex = American Express
payout-card-system-jcb = JCB
payout-card-system-other = другой платёжной системы
payout-bank-sber = Сбербанк
payout-bank-tbank = Т-Банк
payout-bank-vtb = ВТБ
payout-bank-alfa = Альфа-Банк
payout-bank-gazprombank = Газпромбанк
payout-bank-raiffeisen = Райффайзенбанк
payout-bank-ozon = Озон Банк
payout-bank-yandex = Яндекс Банк
payout-bank-other = другой банк
payout-owed = Сейчас запросить выплату нельзя: по продаже оформили возврат уже после выплаты, поэтому за вами долг { $owed }. Он будет погашен из комиссии за ваши следующие подтверждённые продажи, после этого выплаты снова станут доступны.
payout-change-confirm = У вас есть открытый запрос на выплату ({ $requests }). Новые реквизиты будут применены и к нему: деньги поступят по новым реквизитам. Изменить реквизиты?
    .confirm = Да, изменить
    .keep = Нет, оставить текущие
payout-change-kept = Хорошо, реквизиты для выплат остались прежними.
