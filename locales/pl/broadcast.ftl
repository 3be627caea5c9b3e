# Komunikaty zbiorcze: kreator /broadcast, postęp wysyłki i raporty. Widoczne tylko dla osób
# wysyłających, z wyjątkiem etykiet przycisków, które każdy odbiorca widzi w swoim języku.

broadcast-button-more = Dowiedz się więcej
broadcast-button-open = Otwórz
broadcast-button-shop = Do sklepu
broadcast-button-join = Dołącz

broadcast-usage =
    /broadcast — nowy komunikat
    /broadcast status — trwające wysyłki
    /broadcast cancel — zatrzymanie wysyłki
broadcast-no-platform = Komunikaty są wysyłane przez Telegram i Discord, a żadna z tych platform nie jest jeszcze połączona z botem.

## 1. Tekst, język po języku

broadcast-language = Przygotujmy komunikat. W jakim języku jest pierwszy tekst? Teksty w innych językach można dodać później.
broadcast-language-more = Mam już tekst: { $written }. Proszę dodać tekst w innym języku albo przejść dalej.
    .done = Dalej
broadcast-text =
    Proszę wysłać tekst ({ $language }) dokładnie w takiej postaci, w jakiej mają go zobaczyć odbiorcy (do 4096 znaków; podziały wierszy zostaną zachowane).
broadcast-fallbacks =
    Które z pozostałych języków mają otrzymać tekst ({ $language })? Proszę zaznaczyć wybrane i przejść dalej. Osoby posługujące się niezaznaczonymi językami nie dostaną tego komunikatu.
    .continue = Dalej

## 2. Przycisk (opcjonalnie)

broadcast-button = Czy dodać do wiadomości przycisk otwierający link? Jego etykieta wyświetli się w języku każdego odbiorcy.
    .none = Bez przycisku
broadcast-url = Proszę wysłać adres, który ma otworzyć przycisk (zaczynający się od https://).

## 3. Odbiorcy

broadcast-segment =
    Kto ma otrzymać komunikat?
    Języki: { $languages }
    Kraje: { $countries }
    Platformy: { $platforms }
    Status zgłoszenia: { $statuses }
    Poziomy: { $tiers }
    Kanały: { $channels }
    Rejestracja: { $registered }
    Ostatnia aktywność: { $active }

    Proszę kliknąć wiersz, aby zawęzić wybór, albo policzyć odbiorców.
    .languages = Języki
    .countries = Kraje
    .platforms = Platformy
    .statuses = Status zgłoszenia
    .tiers = Poziomy
    .channels = Kanały
    .registered_since = Rejestracja
    .active_since = Ostatnia aktywność
    .count = Policz odbiorców
broadcast-segment-any = bez ograniczeń
broadcast-segment-since = od { $date }
broadcast-segment-languages = języki
broadcast-segment-countries = kraje
broadcast-segment-platforms = platformy
broadcast-segment-statuses = statusy zgłoszeń
broadcast-segment-tiers = poziomy
broadcast-segment-channels = kanały
broadcast-choose =
    Proszę wybrać { $what } do uwzględnienia (ponowne kliknięcie usuwa zaznaczenie). Jeśli nic nie jest zaznaczone, nikt nie zostaje pominięty.
    .back = Wstecz
broadcast-applicant-approved = Zaakceptowane
broadcast-applicant-pending = W trakcie weryfikacji
broadcast-applicant-rejected = Odrzucone
broadcast-applicant-suspended = Zawieszone
broadcast-applicant-none = Bez zgłoszenia
broadcast-registered-since = Tylko osoby zarejestrowane od określonej daty? Proszę wysłać datę (np. 2026-10-01) albo liczbę dni (30 oznacza ostatnie 30 dni).
broadcast-active-since = Tylko osoby aktywne od określonej daty? Proszę wysłać datę (np. 2026-10-01) albo liczbę dni (7 oznacza ostatnie 7 dni).
broadcast-since-invalid = Proszę wysłać datę, np. 2026-10-01, albo liczbę dni, np. 30.
broadcast-since-future = Ta data jeszcze nie nadeszła. Proszę wysłać datę z przeszłości.

## 4. Liczba odbiorców, podgląd, potwierdzenie

broadcast-nobody = Nikt nie spełnia tych warunków. Proszę je poszerzyć.
broadcast-audience =
    { $people ->
        [one] Komunikat otrzyma { $people } osoba w Telegramie
        [few] Komunikat otrzymają { $people } osoby w Telegramie
        [many] Komunikat otrzyma { $people } osób w Telegramie
       *[other] Komunikat otrzyma { $people } osoby w Telegramie
    }{ $channels ->
        [0] .
        [one] {" "}oraz { $channels } kanał ogłoszeń na Discordzie.
        [few] {" "}oraz { $channels } kanały ogłoszeń na Discordzie.
        [many] {" "}oraz { $channels } kanałów ogłoszeń na Discordzie.
       *[other] {" "}oraz { $channels } kanału ogłoszeń na Discordzie.
    }{ $blocked ->
        [0] {""}
        [one] {" "}Jeszcze { $blocked } osoba spełnia warunki, ale zablokowała bota, więc zostanie pominięta.
        [few] {" "}Jeszcze { $blocked } osoby spełniają warunki, ale zablokowały bota, więc zostaną pominięte.
        [many] {" "}Jeszcze { $blocked } osób spełnia warunki, ale zablokowało bota, więc zostanie pominiętych.
       *[other] {" "}Jeszcze { $blocked } osoby spełniają warunki, ale zablokowały bota, więc zostaną pominięte.
    }

    Tak będzie wyglądać:
broadcast-preview =
    { BLANK($button) ->
        [yes] Dla: { $languages }

            { $text }
       *[no] Dla: { $languages }

            { $text }

            Przycisk: „{ $button }”
    }
broadcast-confirm = Wysłać?
    .now = Wyślij teraz
    .schedule = Wyślij później
    .edit = Zmień odbiorców
    .drop = Usuń
broadcast-when = Kiedy wysłać? Proszę podać datę i godzinę w UTC, np. 2026-12-01 18:00.
broadcast-when-invalid = Proszę podać datę i godzinę w UTC, np. 2026-12-01 18:00.
broadcast-when-past = Ta godzina już minęła. Proszę podać godzinę w przyszłości (UTC).
broadcast-dropped = Komunikat usunięto; nic nie zostało wysłane.
broadcast-scheduled = Komunikat nr { $id } zaplanowano na { DATETIME($when, dateStyle: "long", timeStyle: "short") } UTC. Aby go odwołać, proszę wysłać /broadcast cancel.
broadcast-started =
    { $followed ->
        [yes] Komunikat nr { $id } jest w drodze. Będę informować tutaj o postępie i wyślę raport po zakończeniu. Aby go zatrzymać, proszę wysłać /broadcast cancel.
       *[other] Komunikat nr { $id } jest w drodze. Postęp można sprawdzić poleceniem /broadcast status, a zatrzymać wysyłkę poleceniem /broadcast cancel.
    }

## Stan i odwoływanie

broadcast-status-none = Żaden komunikat nie jest zaplanowany ani wysyłany.
broadcast-status-line =
    Nr { $id } ({ $state ->
        [scheduled] zaplanowany na { DATETIME($when, dateStyle: "long", timeStyle: "short") } UTC
       *[running] w trakcie wysyłki
    }): wysłano { $sent }, pozostało { $remaining }.
broadcast-cancel-none = Żaden komunikat nie jest zaplanowany ani wysyłany, więc nie ma czego odwołać.
broadcast-cancel = Który komunikat zatrzymać? Wiadomości, które są już w drodze, i tak dotrą.
    .one = Zatrzymaj nr { $id }
    .keep = Nie zatrzymuj żadnego
broadcast-cancel-kept = Nic się nie zmieniło.
broadcast-cancel-too-late = Komunikat nr { $id } został już wysłany lub odwołany.
broadcast-cancelled =
    { $running ->
        [yes] Komunikat nr { $id } zatrzymano. Wiadomości, które są już w drodze, dotrą; końcowe liczby pojawią się wkrótce.
       *[other] Komunikat nr { $id } odwołano; nic nie zostało wysłane.
    }

## Postęp i raport końcowy (edytowany na miejscu, potem wysyłany)

broadcast-progress =
    Trwa wysyłka komunikatu nr { $id }.
    Wysłano: { $sent } · Błędy: { $failed } · Zablokowany bot: { $blocked } · Pozostało: { $remaining }
    Pozostały czas: około { $eta }
broadcast-report-done =
    Wysyłka komunikatu nr { $id } zakończona ({ $took }).
    Wysłano: { $sent } z { $total }
    Błędy: { $failed }
    Zablokowany bot: { $blocked }
    Pominięte (bot był zablokowany wcześniej): { $skipped }
    Nieznany wynik (wysyłka przerwana): { $unknown }
broadcast-report-cancelled =
    Wysyłka komunikatu nr { $id } została odwołana ({ $took }).
    Wysłano: { $sent } z { $total }
    Niewysłane z powodu odwołania: { $cancelled }
    Błędy: { $failed }
    Zablokowany bot: { $blocked }
    Pominięte (bot był zablokowany wcześniej): { $skipped }
    Nieznany wynik (wysyłka przerwana): { $unknown }
