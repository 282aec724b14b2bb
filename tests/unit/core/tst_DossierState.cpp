#include "DossierState.h"

#include <QTest>

using namespace motcua;

class TestDossierState : public QObject
{
    Q_OBJECT
private slots:
    void nationalCodesAreTheTenOfDvcqg()
    {
        QCOMPARE(allDossierStates().size(), 10);
        for (int code = 1; code <= 10; ++code) {
            const auto state = dossierStateFromCode(code);
            QVERIFY(state.has_value());
            QCOMPARE(nationalStatusCode(*state), code);
            QCOMPARE(dossierStateFromKey(stateKey(*state)), state);
        }
        QVERIFY(!dossierStateFromCode(0).has_value());
        QVERIFY(!dossierStateFromCode(11).has_value());
        QCOMPARE(nationalStatusCode(DossierState::Received), 2);
        QCOMPARE(nationalStatusCode(DossierState::Returned), 10);
    }

    void legalPathToHandOver()
    {
        LifecycleCounters c;
        auto s = DossierLifecycle::apply(DossierState::Registered, DossierAction::Receive, c);
        QVERIFY(s.ok());
        QCOMPARE(*s, DossierState::Received);
        s = DossierLifecycle::apply(*s, DossierAction::StartProcessing, c);
        QCOMPARE(*s, DossierState::Processing);
        s = DossierLifecycle::apply(*s, DossierAction::Resolve, c);
        QCOMPARE(*s, DossierState::Resolved);
        s = DossierLifecycle::apply(*s, DossierAction::ReturnResult, c);
        QCOMPARE(*s, DossierState::Returned);
        QVERIFY(isTerminal(*s));
    }

    void illegalTransitionsAreRefusedWithTheirNames()
    {
        LifecycleCounters c;
        const auto r = DossierLifecycle::apply(DossierState::Returned, DossierAction::Resolve, c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("lifecycle.illegal_transition"));
        QVERIFY(r.error().message.contains(QStringLiteral("returned")));
        QVERIFY(r.error().message.contains(QStringLiteral("resolve")));
        // No hand-over before a result exists; no stop after the result is issued.
        QVERIFY(!DossierLifecycle::allows(DossierState::Processing, DossierAction::ReturnResult, c));
        QVERIFY(!DossierLifecycle::allows(DossierState::Resolved, DossierAction::Stop, c));
        QVERIFY(!DossierLifecycle::allows(DossierState::Refused, DossierAction::Receive, c));
        // Terminal states allow nothing.
        for (DossierState t : {DossierState::Refused, DossierState::Stopped, DossierState::Returned})
            QVERIFY(DossierLifecycle::allowedActions(t, c).isEmpty());
    }

    void supplementOnlyOnceAndClockRestarts()
    {
        LifecycleCounters c;
        auto s = DossierLifecycle::apply(DossierState::Received, DossierAction::RequestSupplement, c);
        QCOMPARE(*s, DossierState::SupplementRequested);
        c.supplementRequests = 1;
        s = DossierLifecycle::apply(*s, DossierAction::CompleteSupplement, c);
        QCOMPARE(*s, DossierState::Received);
        const auto again = DossierLifecycle::apply(*s, DossierAction::RequestSupplement, c);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("lifecycle.supplement_once"));
    }

    void extensionOnlyOnceAndKeepsState()
    {
        LifecycleCounters c;
        auto s = DossierLifecycle::apply(DossierState::Processing, DossierAction::ExtendWithApology, c);
        QCOMPARE(*s, DossierState::Processing);
        c.extensions = 1;
        QCOMPARE(DossierLifecycle::apply(*s, DossierAction::ExtendWithApology, c).error().code,
                 QStringLiteral("lifecycle.extension_once"));
        QVERIFY(!DossierLifecycle::allows(DossierState::Resolved, DossierAction::ExtendWithApology, {}));
    }

    void withdrawalLeadsToStop()
    {
        LifecycleCounters c;
        auto s = DossierLifecycle::apply(DossierState::Processing, DossierAction::RequestWithdrawal, c);
        QCOMPARE(*s, DossierState::WithdrawRequested);
        s = DossierLifecycle::apply(*s, DossierAction::Stop, c);
        QCOMPARE(*s, DossierState::Stopped);
    }

    void actionKeysRoundTrip()
    {
        for (const QString key : {"receive", "refuse", "request_supplement", "return_result", "extend_with_apology"})
            QCOMPARE(actionKey(*dossierActionFromKey(key)), key);
        QVERIFY(!dossierActionFromKey(QStringLiteral("approve")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDossierState)
#include "tst_DossierState.moc"
