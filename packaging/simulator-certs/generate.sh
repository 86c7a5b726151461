#!/bin/sh
# Regenerates the simulator's certificates into resources/simulator/ (committed).
#
#   packaging/simulator-certs/generate.sh [OUTPUT_DIR]
#
# What it writes (PEM; every key RSA, every signature SHA-256; see resources/simulator/README.md):
#   ca.pem                         the simulator CA ("AuthDoctor Simulator CA — for practice only"),
#                                  RSA 3072, valid 2019-01-01 … 2049-12-31
#   server-YYYY.pem / .key         CA-signed leaves, RSA 2048, one starting on 1 January of every
#                                  second year from 2025 to 2045, each valid 825 days (so they
#                                  overlap by about three months); subjectAltName covers every
#                                  host the scenarios use. The simulator presents the one valid now.
#   wrong-name-YYYY.pem / .key     the same schedule, CA-signed, but only for wrong.example.net
#   expired.pem / .key             CA-signed, the same names, valid 2020-01-01 … 2020-12-31 only
#   self-signed.pem / .key         the same names, signed by itself, valid 2019-01-01 … 2049-12-31
#
# Why: Apple platforms refuse a TLS server certificate valid longer than 825 days, even under a
# root the user trusts, and require RSA >= 2048, SHA-2, serverAuth and subjectAltName. RSA keys
# in the traditional PKCS#1 form load with every Qt TLS backend (OpenSSL, Schannel, Secure
# Transport). Validities nest inside the CA's, which some verifiers check.
#
# The CA's private key is generated in a temporary folder and thrown away: nobody can sign
# anything else with this CA, not even us. Re-running the script makes a new CA and new keys
# (every file changes; the names, dates, algorithms and extensions stay the same); commit them
# together. Old .pem/.key files in OUTPUT_DIR are removed first.
#
# Only openssl (1.1.1 or 3.x) and a POSIX shell and awk are needed. `openssl ca` is used for
# every certificate because it takes explicit -startdate/-enddate.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/../../resources/simulator"}
mkdir -p "$out"
out=$(cd "$out" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# --- the schedule ---------------------------------------------------------------------------
ca_from=20190101000000Z
ca_until=20491231235959Z
leaf_first_year=2025 # the leaves start on 1 January of these years …
leaf_last_year=2045
leaf_step_years=2
leaf_days=825 # … and each is valid this many days (Apple's maximum), last second included
expired_from=20200101000000Z
expired_until=20201231235959Z
leaf_bits=2048
ca_bits=3072

# Every host of m365-auth-facts.md §1.1 / app/core/Clouds.cpp for all clouds, plus the test
# domains. A host outside this list gets a name mismatch, as in life.
# (autodiscover-s.partner.outlook.cn is covered by *.partner.outlook.cn.)
dns_names="
login.microsoftonline.com
login.microsoftonline.us
login.partner.microsoftonline.cn
login.chinacloudapi.cn
login.windows.net
login.microsoft.com
sts.windows.net
sts.chinacloudapi.cn
graph.microsoft.com
graph.microsoft.us
dod-graph.microsoft.us
microsoftgraph.chinacloudapi.cn
graph.chinacloudapi.cn
graph.windows.net
graph.microsoftazure.us
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

# Date arithmetic without GNU date (works with BSD/macOS too): days since 1970-01-01 and back.
# leaf_dates YEAR → "NOTBEFORE NOTAFTER EPOCH_INSIDE" (EPOCH_INSIDE: a second in the middle).
leaf_dates() {
    awk -v year="$1" -v days="$leaf_days" '
    function days_from_civil(y, m, d,    era, yoe, doy, doe) {
        y -= (m <= 2); era = int(y / 400); yoe = y - era * 400
        doy = int((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
        doe = yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy
        return era * 146097 + doe - 719468
    }
    function civil_from_days(z,    era, doe, yoe, y, doy, mp, d, m) {
        z += 719468; era = int(z / 146097); doe = z - era * 146097
        yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
        y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
        mp = int((5 * doy + 2) / 153); d = doy - int((153 * mp + 2) / 5) + 1
        m = mp + (mp < 10 ? 3 : -9); y += (m <= 2)
        return sprintf("%04d%02d%02d", y, m, d)
    }
    BEGIN {
        s = days_from_civil(year, 1, 1)
        printf "%s000000Z %s235959Z %.0f\n", civil_from_days(s), civil_from_days(s + days - 1), (s + int(days / 2)) * 86400
    }'
}

newkey() { # FILE BITS: an RSA key in the traditional PKCS#1 PEM form ("BEGIN RSA PRIVATE KEY")
    openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:$2" -out "$work/key.tmp" 2>/dev/null
    openssl pkey -in "$work/key.tmp" -traditional -out "$1"
    rm -f "$work/key.tmp"
}

rm -f "$out"/*.pem "$out"/*.key

# --- `openssl ca` setup ---------------------------------------------------------------------
newkey "$work/ca.key" "$ca_bits"
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
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = \${ENV::LEAF_SAN}
[self_signed_leaf]
# No keyUsage: with one lacking keyCertSign, OpenSSL 1.1.1 (and so Qt) would not see the
# certificate as self-signed and would report a missing issuer instead.
basicConstraints = critical, CA:FALSE
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
subjectAltName = \${ENV::LEAF_SAN}
CNF

# --- CA (self-signed through `openssl ca -selfsign` for the explicit dates) ------------------
openssl req -new -key "$work/ca.key" -utf8 -subj "/O=AuthDoctor/CN=AuthDoctor Simulator CA — for practice only" \
    -out "$work/ca.csr"
LEAF_SAN="DNS:unused" openssl ca -batch -notext -selfsign -config "$work/sign.cnf" -keyfile "$work/ca.key" \
    -extensions v3_ca -startdate "$ca_from" -enddate "$ca_until" -in "$work/ca.csr" -out "$out/ca.pem" 2>/dev/null

# sign NAME CN SAN STARTDATE ENDDATE: a new key NAME.key and the CA-signed NAME.pem
sign() {
    newkey "$out/$1.key" "$leaf_bits"
    openssl req -new -key "$out/$1.key" -subj "/O=AuthDoctor Simulator/CN=$2" -utf8 -out "$work/$1.csr"
    LEAF_SAN="$3" openssl ca -batch -notext -config "$work/sign.cnf" -extensions leaf \
        -startdate "$4" -enddate "$5" -in "$work/$1.csr" -out "$out/$1.pem" 2>/dev/null
}

# verify_at NAME EPOCH: NAME.pem chains to the CA and is a valid TLS server certificate then
verify_at() {
    openssl verify -x509_strict -purpose sslserver -attime "$2" -CAfile "$out/ca.pem" "$out/$1.pem" >/dev/null
}

# --- the good leaves and the wrong-name ones, on the same schedule ---------------------------
year=$leaf_first_year
while [ "$year" -le "$leaf_last_year" ]; do
    set -- $(leaf_dates "$year")
    sign "server-$year" "login.microsoftonline.com" "$san" "$1" "$2"
    sign "wrong-name-$year" "wrong.example.net" "DNS:wrong.example.net" "$1" "$2"
    verify_at "server-$year" "$3"
    verify_at "wrong-name-$year" "$3"
    openssl x509 -in "$out/server-$year.pem" -noout -checkhost login.microsoftonline.com | grep -q 'does match'
    openssl x509 -in "$out/server-$year.pem" -noout -checkhost x.partner.outlook.cn | grep -q 'does match'
    year=$((year + leaf_step_years))
done

# --- expired: CA-signed, the same names, long in the past -----------------------------------
sign expired "login.microsoftonline.com" "$san" "$expired_from" "$expired_until"
verify_at expired 1593561600 # 2020-07-01: it was fine then
if openssl verify -CAfile "$out/ca.pem" "$out/expired.pem" >/dev/null 2>&1; then
    echo "expired.pem is not expired: wrong" >&2
    exit 1
fi

# --- self-signed: the same names, signed by its own key (not by the CA) ---------------------
newkey "$out/self-signed.key" "$leaf_bits"
openssl req -new -key "$out/self-signed.key" -subj "/O=AuthDoctor Simulator/CN=login.microsoftonline.com" -utf8 \
    -out "$work/self-signed.csr"
LEAF_SAN="$san" openssl ca -batch -notext -selfsign -config "$work/sign.cnf" -keyfile "$out/self-signed.key" \
    -extensions self_signed_leaf -startdate "$ca_from" -enddate "$ca_until" -in "$work/self-signed.csr" \
    -out "$out/self-signed.pem" 2>/dev/null
if openssl verify -CAfile "$out/ca.pem" "$out/self-signed.pem" >/dev/null 2>&1; then
    echo "self-signed.pem verifies against the CA: wrong" >&2
    exit 1
fi

chmod 0644 "$out"/*.pem "$out"/*.key
echo "wrote $(ls "$out" | grep -cE '\.(pem|key)$') files to $out"
