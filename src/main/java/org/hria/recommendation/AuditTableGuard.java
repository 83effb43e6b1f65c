package org.hria.recommendation;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2 trigger (migration V41 in db/vendor/h2) refusing UPDATE and DELETE on audit_event; PostgreSQL
 * has the same guard in plpgsql. Public because H2 instantiates it by name.
 */
public class AuditTableGuard implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		String operation = newRow == null ? "DELETE" : "UPDATE";
		throw new SQLException("audit_event is append-only: " + operation
				+ " refused; write a correcting event instead", "P0001");
	}

}
