#!/bin/sh
# Regenerates the simulator's certificates into resources/simulator/ (committed).
#
#   packaging/simulator-certs/generate.sh [OUTPUT_DIR]
#
# What it writes (PEM, EC P-256):
#   ca.pem                       the simulator CA ("AuthDoctor Simulator CA — for practice only")
#   server.pem / server.key      CA-signed; subjectAltName covers every host the scenarios use
#   self-signed.pem / .key       the same names, but signed by itself (not by the CA)
#   expired.pem / .key           CA-signed, the same names, validity entirely in the past
#   wrong-name.pem / .key        CA-signed, valid, but only for wrong.example.net
#
# The CA's private key is generated in a temporary folder and thrown away: nobody can sign
# anything else with this CA, not even us. Re-running the script makes a new CA and new
# certificates (every file changes); commit them together.
#
# Only openssl (1.1.1 or 3.x) is needed. `openssl ca` is used for the CA-signed certificates
# because it takes explicit -startdate/-enddate (the expired one needs a past validity).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/../../resources/simulator"}
mkdir -p "$out"
out=$(cd "$out" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# Every host of m365-auth-facts.md §1.1 for all clouds, plus the test domains.
# A host outside this list gets a name mismatch, as in life.
dns_names="
login.microsoftonline.com
login.microsoftonline.us
login.partner.microsoftonline.cn
login.chinacloudapi.cn
login.windows.net
login.microsoft.com
sts.windows.net
graph.microsoft.com
graph.microsoft.us
dod-graph.microsoft.us
microsoftgraph.chinacloudapi.cn
graph.chinacloudapi.cn
graph.windows.net
outlook.office365.com
outlook.office.com
outlook.office365.us
outlook-dod.office365.us
webmail.apps.mil
partner.outlook.cn
*.partner.outlook.cn
autodiscover-s.outlook.com
*.outlook.com
autodiscover-s.office365.us
autodiscover-s-dod.office365.us
*.office365.com
*.office365.us
*.sharepoint.com
*.sharepoint.us
*.dps.mil
*.sharepoint-mil.us
*.sharepoint.cn
odc.officeapps.live.com
contoso.com
*.contoso.com
contoso.onmicrosoft.com
*.contoso.onmicrosoft.com
*.onmicrosoft.com
fabrikam.com
*.fabrikam.com
localhost
"

san=""
for n in $dns_names; do
    san="${san:+$san,}DNS:$n"
done
san="$san,IP:127.0.0.1,IP:::1"

newkey() {
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:prime256v1 -out "$1" 2>/dev/null
}

# --- `openssl ca` setup (it takes explicit -startdate/-enddate; the expired leaf needs them) --
newkey "$work/ca.key"
mkdir -p "$work/db/new"
: > "$work/db/index.txt"
openssl rand -hex 8 > "$work/db/serial"
cat > "$work/sign.cnf" <<CNF
[ca]
default_ca = sim
[sim]
dir = $work/db
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
certificate = $out/ca.pem
private_key = $work/ca.key
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
email_in_dn = no
utf8 = yes
string_mask = utf8only
[anything]
organizationName = optional
commonName = supplied
[v3_ca]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = \${ENV::LEAF_SAN}
CNF

# Validity of the CA and the good leaves: 2025-01-01 (generous for clock skew) to 2045-01-01.
from=20250101000000Z
until=20450101000000Z

# --- CA (20 years, self-signed through `openssl ca -selfsign` for the explicit dates) ------
openssl req -new -key "$work/ca.key" -utf8 -subj "/O=AuthDoctor/CN=AuthDoctor Simulator CA — for practice only" \
    -out "$work/ca.csr"
LEAF_SAN="DNS:unused" openssl ca -batch -notext -selfsign -config "$work/sign.cnf" -keyfile "$work/ca.key" \
    -extensions v3_ca -startdate "$from" -enddate "$until" -in "$work/ca.csr" -out "$out/ca.pem" 2>/dev/null

# sign NAME CN SAN STARTDATE ENDDATE
sign() {
    newkey "$out/$1.key"
    openssl req -new -key "$out/$1.key" -subj "/O=AuthDoctor Simulator/CN=$2" -utf8 -out "$work/$1.csr"
    LEAF_SAN="$3" openssl ca -batch -notext -config "$work/sign.cnf" -extensions leaf \
        -startdate "$4" -enddate "$5" -in "$work/$1.csr" -out "$out/$1.pem" 2>/dev/null
}

sign server "login.microsoftonline.com" "$san" "$from" "$until"
sign expired "login.microsoftonline.com" "$san" 20200101000000Z 20210101000000Z
sign wrong-name "wrong.example.net" "DNS:wrong.example.net" "$from" "$until"

# --- self-signed: the same names, not signed by the CA ------------------------------------
newkey "$out/self-signed.key"
openssl req -new -x509 -key "$out/self-signed.key" -subj "/O=AuthDoctor Simulator/CN=login.microsoftonline.com" \
    -days 7305 -sha256 -addext "subjectAltName=$san" -addext "basicConstraints=critical,CA:FALSE" \
    -addext "extendedKeyUsage=serverAuth" -out "$out/self-signed.pem"

# Sanity checks: fail loudly rather than commit something unusable.
openssl verify -CAfile "$out/ca.pem" "$out/server.pem" >/dev/null
openssl verify -CAfile "$out/ca.pem" "$out/wrong-name.pem" >/dev/null
if openssl verify -CAfile "$out/ca.pem" "$out/self-signed.pem" >/dev/null 2>&1; then
    echo "self-signed.pem verifies against the CA: wrong" >&2; exit 1
fi
if openssl verify -CAfile "$out/ca.pem" "$out/expired.pem" >/dev/null 2>&1; then
    echo "expired.pem is not expired: wrong" >&2; exit 1
fi
openssl x509 -in "$out/server.pem" -noout -checkhost login.microsoftonline.com | grep -q 'does match'

chmod 0644 "$out"/*.pem "$out"/*.key
echo "wrote $(ls "$out" | grep -E '\.(pem|key)$' | tr '\n' ' ')to $out"
