// The LAPACK C interface from Debian's liblapacke-dev (Netlib reference LAPACKE).
#include <lapacke.h>
