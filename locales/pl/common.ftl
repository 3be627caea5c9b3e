# Wiadomości, które może wyświetlić każda rozmowa. We wszystkich językach forma grzecznościowa.

help =
    { $programme } — asystent programu dla twórców.

    Polecenia:
    /start — zgłoszenie do programu lub podgląd zgłoszenia
    /status — etap rozpatrywania zgłoszenia
    /earnings — zarobki (można też po prostu zapytać: „moje zarobki w październiku?”)
    /link — nowy link śledzący do kampanii lub produktu
    /links — linki i ich wyniki
    /payout — wniosek o wypłatę potwierdzonych zarobków
    /invite — zaproszenie innych twórców do programu
    /connect — połączenie kont w Telegramie i na Discordzie
    /faq — odpowiedzi na częste pytania (można też po prostu zapytać)
    /support — pytanie do osoby z naszego zespołu
    /privacy — jakie dane przechowujemy, w jakim celu i jak długo
    /export — wszystkie dane w jednym pliku
    /delete — usunięcie danych
    /language — zmiana języka
    /cancel — przerwanie bieżącej czynności
    /help — ta wiadomość

    Potrzebna pomoc konsultanta? Proszę napisać: { $support }.

cancelled = Bieżąca czynność została przerwana. Nic z tego kroku nie zostało zapisane.
cancelled-onboarding = Rejestracja została przerwana, a udzielone odpowiedzi nie zostały zapisane. Aby zacząć od pierwszego pytania, wystarczy wysłać /start.
nothing-to-cancel = W tej chwili nie ma nic do anulowania.
command-unknown = Nie znam polecenia /{ $command }. Wystarczy wysłać /help, aby zobaczyć, w czym mogę pomóc.
not-understood = Przepraszam, nie rozumiem. Wystarczy wysłać /help, aby zobaczyć, w czym mogę pomóc.
button-stale = Ten przycisk jest już nieaktywny. Proszę skorzystać z najnowszej wiadomości.
session-expired = Poprzednia rozmowa wygasła, więc zaczynamy od nowa.
error-internal = Wystąpił błąd techniczny. Proszę spróbować ponownie za minutę. Jeśli problem się powtórzy, wystarczy wysłać /help, aby uzyskać kontakt z konsultantem.

## Odpowiedzi na błędne dane. Po każdej pytanie pada ponownie.

input-text-empty = Odpowiedź jest pusta. Proszę wpisać odpowiedź.
input-text-too-short =
    { $min ->
        [one] Odpowiedź musi mieć co najmniej { $min } znak.
        [few] Odpowiedź musi mieć co najmniej { $min } znaki.
        [many] Odpowiedź musi mieć co najmniej { $min } znaków.
       *[other] Odpowiedź musi mieć co najmniej { $min } znaku.
    }
input-text-too-long =
    { $max ->
        [one] Odpowiedź może mieć maksymalnie { $max } znak.
        [few] Odpowiedź może mieć maksymalnie { $max } znaki.
        [many] Odpowiedź może mieć maksymalnie { $max } znaków.
       *[other] Odpowiedź może mieć maksymalnie { $max } znaku.
    }
input-number-invalid = Proszę podać liczbę całkowitą, np. 12 500 lub 12,5 tys.
input-number-too-small = Liczba musi wynosić co najmniej { $min }.
input-number-too-large = Liczba nie może przekraczać { $max }.
input-url-invalid = To nie wygląda na adres strony internetowej. Proszę wysłać link zaczynający się od https://
input-url-domain = Link musi prowadzić do jednej z tych stron: { $domains }.
input-email-invalid = To nie wygląda na adres e-mail. Proszę go sprawdzić i wysłać ponownie.
input-country-invalid = Nie rozpoznaję tego kraju. Proszę podać jego nazwę lub dwuliterowy kod, np. DE lub PT.
input-choose-button = Proszę wybrać jedną z opcji na przyciskach poniżej.
input-handle-invalid =
    { $platform ->
        [instagram] To nie jest poprawna nazwa użytkownika na Instagramie. Proszę ją wysłać w formacie @anna.kowalska lub jako link do profilu.
        [tiktok] To nie jest poprawna nazwa użytkownika na TikToku. Proszę ją wysłać w formacie @anna.kowalska lub jako link do profilu.
        [youtube] To nie jest poprawny nick kanału na YouTubie. Proszę go wysłać w formacie @AnnaKowalska lub jako link do kanału.
        [vk] To nie jest poprawny adres strony w VK. Proszę wysłać krótką nazwę, np. durov, lub link, np. vk.com/durov.
        [telegram] To nie jest poprawny adres kanału na Telegramie. Proszę go wysłać w formacie @anna_kowalska lub jako link t.me.
        [twitch] To nie jest poprawna nazwa użytkownika na Twitchu. Proszę ją wysłać w formacie annakowalska lub jako link twitch.tv.
       *[other] Proszę wysłać link do profilu zaczynający się od https://
    }

## Opisy poleceń do menu poleceń na platformach (krótkie).

command-start = Zgłoszenie lub jego podgląd
command-status = Status zgłoszenia
command-language = Zmiana języka
command-help = Możliwości bota
command-cancel = Przerwanie bieżącego kroku

## Konfiguracja serwera społeczności (Discord /setup).

setup-needs-server = To polecenie działa na serwerze, a nie w wiadomościach prywatnych.
setup-forbidden = Konfigurację serwera mogą zmieniać tylko jego administratorzy (z uprawnieniem „Zarządzanie serwerem”) oraz zespół programu.
setup-bad-language = Ten język nie jest obsługiwany. Proszę wybrać angielski, rosyjski, francuski, hiszpański lub polski.
setup-usage = Proszę użyć polecenia /setup announcements, podając kanał, lub /setup role, podając rolę.
setup-all-languages = wszystkie języki
setup-announcements-done = Gotowe: ogłoszenia będą publikowane na kanale { $channel }. Język: { $language }.
setup-role-done = Gotowe: twórcy z zaakceptowanym zgłoszeniem otrzymają rolę { $role }.

## Discord: odpowiedź na pytanie wymagające wpisania tekstu oraz nazwy poleceń z ukośnikiem.

discord-answer = Odpowiedz
discord-answer-title = Odpowiedź na pytanie
discord-answer-label = Proszę wpisać tutaj odpowiedź
discord-command-start = rozpocznij
discord-command-status = status
discord-command-language = język
discord-command-help = pomoc
discord-command-cancel = anuluj
discord-command-setup = konfiguracja
discord-command-setup-announcements = Wybór kanału ogłoszeń dla danego języka
discord-command-setup-role = Wybór roli dla twórców z zaakceptowanym zgłoszeniem
discord-option-code = Kod polecający lub kod kampanii (opcjonalnie)
discord-option-channel = Kanał na ogłoszenia
discord-option-language = Język ogłoszeń na tym kanale (jeśli nie zostanie wybrany — wszystkie)
discord-option-role = Rola przyznawana twórcom z zaakceptowanym zgłoszeniem
command-setup = Konfiguracja tego serwera na potrzeby programu

## Strona, którą widzi odwiedzający, gdy link nie istnieje lub jest wstrzymany.

redirect-not-found-title = Nie znaleziono linku
redirect-not-found = Ten link nie istnieje lub nie jest już aktywny. Proszę sprawdzić go u osoby, która go udostępniła.
