package com.scalemart.platform.data;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;

/**
 * Runs a read-only transactional method once more, on the primary, when it failed on the
 * replica because the connection broke (the replica was killed or restarted mid-read). It
 * sits outside the transaction interceptor, so the retry is a new transaction. Only the
 * outermost read-only method retries, and only once; failures that are not about the
 * connection (bad SQL, constraint violations) are not retried.
 */
final class ReplicaReadRetry implements MethodInterceptor {

	private final TransactionAttributeSource transactions = new AnnotationTransactionAttributeSource();

	private final LagMonitor monitor;

	ReplicaReadRetry(LagMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		Class<?> targetClass = (invocation.getThis() != null) ? invocation.getThis().getClass() : null;
		TransactionAttribute attribute = this.transactions.getTransactionAttribute(invocation.getMethod(), targetClass);
		if (attribute == null || !attribute.isReadOnly()) {
			return invocation.proceed();
		}
		ReadAttempt attempt = ReadAttempt.current();
		boolean outermost = attempt.enter();
		try {
			if (!outermost) {
				return invocation.proceed();
			}
			MethodInvocation again = (invocation instanceof ProxyMethodInvocation proxied) ? proxied.invocableClone()
					: null;
			try {
				return invocation.proceed();
			}
			catch (RuntimeException ex) {
				if (again == null || !attempt.hasUsedReplica() || !isConnectionFailure(ex)) {
					throw ex;
				}
				this.monitor.markDown(ex);
				// the routing counts it under reason "retry" when it hands out the
				// connection
				attempt.primaryOnly(true);
				return again.proceed();
			}
		}
		finally {
			attempt.exit();
		}
	}

	static boolean isConnectionFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLTransientConnectionException
					|| (cause instanceof SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))
					|| (cause instanceof TransactionSystemException && cause.getCause() instanceof SQLException)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
