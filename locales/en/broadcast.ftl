# Broadcasts: the /broadcast wizard, progress and reports. Shown to broadcasters only, except
# the button labels, which go to every recipient in their language.

broadcast-button-more = Learn more
broadcast-button-open = Open
broadcast-button-shop = Shop now
broadcast-button-join = Join
