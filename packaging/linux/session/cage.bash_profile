# ~kiosk/.bash_profile for recipe A of KIOSK-SESSION.md (Cage, Wayland): on tty1 (autologin)
# start the kiosk inside Cage, and start it again if it ever exits or crashes.
if [ "$(tty)" = /dev/tty1 ]; then
  while true; do
    cage -d -- /opt/awareness-kiosk/kiosk --mode kiosk
    sleep 2
  done
fi
