#pragma once

#include "progressconnection.h"
#include "progresswitness.h"

namespace ProgressTransaction {

// Runs body inside BEGIN IMMEDIATE ... COMMIT; rolls back when any part fails. What was committed is
// noted by the witness.
template<typename Body>
bool run(ProgressConnection &db, ProgressWitness &witness, Body body)
{
    if (!db.begin())
        return false;
    if (!body()) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return false;
    witness.saved(db);
    return true;
}

} // namespace ProgressTransaction
