# cmake -DMAN=<authdoctor.1> -P TidyManPage.cmake
# help2man puts the second usage line of `authdoctor --help` ("authdoctor <command> [options]") at
# the top of DESCRIPTION; the SYNOPSIS from authdoctor.h2m already has both forms, so it goes.
file(READ "${MAN}" text)
string(REPLACE ".SH DESCRIPTION\n.IP\nauthdoctor <command> [options]\n.PP\n" ".SH DESCRIPTION\n" text "${text}")
file(WRITE "${MAN}" "${text}")
