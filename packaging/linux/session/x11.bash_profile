# ~kiosk/.bash_profile for recipe B of KIOSK-SESSION.md (bare X11): on tty1 (autologin)
# start X without a desktop; ~kiosk/.xinitrc runs the kiosk.
if [ "$(tty)" = /dev/tty1 ]; then exec startx -- -nocursor; fi
