// motcua-scan-worker: hosts SANE for the desk and the CLI in a process of its own, so a vendor backend
// that crashes or hangs takes down this process only (SaneProcessBackend restarts it). Not meant to be run
// by hand: it speaks the framed protocol of ScanWorkerProtocol.h on stdin and stdout (docs/SCANNING.md).
#include "ScanWorkerServer.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

using namespace motcua::scan::worker;

int main(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("motcua-scan-worker %s (protocol %d)\n", MOTCUA_VERSION, kProtocolVersion);
            return 0;
        }
        std::fprintf(stderr, "motcua-scan-worker: started by the desk or motcua-cli, not by hand "
                             "(speaks a framed protocol on stdin/stdout; see docs/SCANNING.md)\n");
        return 2;
    }

    // The protocol gets its own copy of stdout; fd 1 then points at stderr, so whatever a vendor backend
    // prints lands in the desk's log instead of in the middle of a frame.
    const int protocolOut = ::dup(STDOUT_FILENO);
    if (protocolOut < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        std::perror("motcua-scan-worker: dup");
        return 1;
    }
    ::fcntl(protocolOut, F_SETFD, FD_CLOEXEC);
#ifdef F_SETPIPE_SZ
    // A 300 dpi page is 8.7 MB: a 1 MiB pipe (Linux's default maximum; 64 KiB otherwise) lets it cross in
    // a few wake-ups of the desk instead of over a hundred. Best effort: smaller pipes only cost speed.
    ::fcntl(protocolOut, F_SETPIPE_SZ, 1 << 20);
#endif
    // A write to a desk that is gone fails with EPIPE instead of killing us mid-write; the server then quits.
    std::signal(SIGPIPE, SIG_IGN);
#ifdef __linux__
    // If the desk dies without closing our stdin (it always does close it otherwise), die with it.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() == 1)
        return 0;
#endif

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-scan-worker"));
    int exitCode = 0;
    {
        ScanWorkerServer server(STDIN_FILENO, protocolOut);
        QObject::connect(&server, &ScanWorkerServer::inputClosed, &app, [] {
            // sane_exit runs when the server goes; a backend stuck there must not keep the process alive.
            ::alarm(3);
            QCoreApplication::quit();
        });
        server.start();
        exitCode = QCoreApplication::exec();
    }
    return exitCode;
}
