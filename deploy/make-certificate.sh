#!/bin/sh
# First start of the compose deployment: makes a self-signed TLS certificate for HAProxy, unless one is there
# already (made earlier, or yours: see "TLS" in README.md). HAProxy reads certificate and key from one PEM file.
set -eu
dir="${CERT_DIR:-/certs}"
pem="$dir/chatter.pem"
host="${CHATTER_TLS_HOSTNAME:-localhost}"
if [ -s "$pem" ]; then
  echo "TLS certificate present: $pem (delete the volume's file to make a new one)"
  exit 0
fi
names="DNS:$host"
[ "$host" = localhost ] || names="$names,DNS:localhost"
tmp="$(mktemp -d)"
openssl req -x509 -newkey rsa:2048 -sha256 -days 825 -nodes \
  -keyout "$tmp/key.pem" -out "$tmp/cert.pem" \
  -subj "/CN=$host" \
  -addext "subjectAltName=$names,IP:127.0.0.1" \
  -addext "extendedKeyUsage=serverAuth"
cat "$tmp/cert.pem" "$tmp/key.pem" > "$pem.new"
rm -rf "$tmp"
# HAProxy's image runs as user haproxy (uid 99): only it may read the key.
chown 99:99 "$pem.new"
chmod 600 "$pem.new"
mv "$pem.new" "$pem"
echo "Made a self-signed TLS certificate for $host: $pem"
