# Ответы на вопросы о заработке, заданные своими словами (см. earnings-phrases.ftl).

earnings-balance-only =
    { $balance }

    Цифры за этот месяц — по команде /earnings; можно спросить и о любом периоде («сколько я заработал в октябре?»).
earnings-balance-none = Баланса пока нет: комиссия ещё не начислялась. Ваши ссылки — по команде /links.
earnings-clicks =
    Переходы — { $period }
    { $stats }
earnings-campaign =
    Кампания «{ $campaign }» — { $period }

    { $sections }
earnings-cancelled-orders =
    Отменённые и возвращённые заказы, сначала новые:
    { $lines }

    Магазин отменяет заказ, если товар вернули, деньги возвратили или заказ не оплатили; комиссия за него списывается (при частичном возврате — частично).
earnings-cancelled-line = { DATETIME($date, dateStyle: "medium") }, { $code }: заказ на { $amount }, { $status ->
        [reversed] отменён
       *[refunded] возврат { $refunded }
    } — { $reason }
earnings-cancelled-no-reason = магазин не указал причину
earnings-cancelled-none = Ни один ваш заказ не был отменён или возвращён.
