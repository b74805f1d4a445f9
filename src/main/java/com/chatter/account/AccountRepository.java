package com.chatter.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameKey(String usernameKey);

    boolean existsByUsernameKey(String usernameKey);

    List<Account> findByIdIn(Collection<Long> ids);

    /** Other people whose username or display name contains the (lower-cased, LIKE-escaped) pattern. */
    @Query("""
            select a from Account a
            where a.id <> :excluded
              and (a.usernameKey like :pattern escape '\\' or lower(a.displayName) like :pattern escape '\\')
            order by lower(a.displayName), a.usernameKey""")
    List<Account> search(@Param("pattern") String pattern, @Param("excluded") long excluded, Pageable page);
}
